import type { Deps } from './types.js';

// TODO(helper): implement the participants operations.
export function participantsHandlers(_deps: Deps) {
  return {};
}
