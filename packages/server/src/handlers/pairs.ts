import type { Deps } from './types.js';

// TODO(helper): implement the pairs operations.
export function pairsHandlers(_deps: Deps) {
  return {};
}
