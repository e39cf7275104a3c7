import type { Deps } from './types.js';

// TODO(helper): implement the programmes operations.
export function programmesHandlers(_deps: Deps) {
  return {};
}
