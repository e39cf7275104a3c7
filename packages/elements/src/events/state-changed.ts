/** Where an element's data stands. `idle`: nothing to load yet (no client, no id, signed out). */
export type DataState = 'idle' | 'loading' | 'ready' | 'empty' | 'error' | 'offline';

/** Fired by every data element on each change of its data state. */
export class UpwardStateChangedEvent extends Event {
  static readonly type = 'upward-state-changed';
  constructor(
    readonly state: DataState,
    /** What went wrong, in the `error` and `offline` states. */
    readonly error?: Error,
  ) {
    super(UpwardStateChangedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upward-state-changed': UpwardStateChangedEvent;
  }
}
