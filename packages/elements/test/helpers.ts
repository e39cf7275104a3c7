// Small helpers shared by the element tests.
import { waitUntil } from '@open-wc/testing';
import type { UpwardElement } from '../src/base/upward-element.js';
import type { DataState, UpwardStateChangedEvent } from '../src/events/state-changed.js';

/** The element in `host`'s shadow root that carries `part` (one of its parts). */
export function part(host: Element, name: string): HTMLElement {
  const found = host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`<${host.localName}> has no part "${name}" now`);
  return found;
}

/** Every element carrying `part`. */
export function parts(host: Element, name: string): HTMLElement[] {
  return Array.from(host.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? []);
}

/** Text with white space collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element is in `state` and has rendered it. */
export async function untilState(
  element: UpwardElement<unknown>,
  state: DataState,
  timeout = 15_000,
): Promise<void> {
  await waitUntil(
    () => element.dataState === state,
    `<${element.localName}> never reached "${state}" (it is "${element.dataState}")`,
    { timeout, interval: 10 },
  );
  await element.updateComplete;
}

/** Records the `upward-state-changed` events that reach `target`. */
export function recordStates(target: EventTarget) {
  const events: UpwardStateChangedEvent[] = [];
  const listener = (event: Event) => events.push(event as UpwardStateChangedEvent);
  target.addEventListener('upward-state-changed', listener);
  return {
    events,
    get states() {
      return events.map((event) => event.state);
    },
    stop: () => target.removeEventListener('upward-state-changed', listener),
  };
}

/**
 * Does `action` (a reload, a new pair-id, a new client…) and waits for the load it starts to
 * settle in `final`. Waits on the events, not on polling: a fast server can go from loading to
 * ready between two polls. Returns the states seen.
 */
export async function loadAfter(
  element: UpwardElement<unknown>,
  action: () => unknown,
  final: DataState = 'ready',
  timeout = 15_000,
): Promise<DataState[]> {
  const states = recordStates(element);
  try {
    await action();
    await waitUntil(
      () => states.states.includes('loading') && states.states.at(-1) === final,
      `<${element.localName}> did not load again into "${final}" (states: ${states.states.join(', ')})`,
      { timeout, interval: 10 },
    );
    await element.updateComplete;
    return states.states;
  } finally {
    states.stop();
  }
}
