// Shared by the tests: demo tokens and pairs from the REAL reference server of the run, a React
// root to render into, and what the custom elements documented in their manifest.

import { apiUrl } from 'virtual:upward-env';
import { waitUntil } from '@open-wc/testing';
import manifest from '@upward/elements/custom-elements.json' with { type: 'json' };
import { type components, createUpwardClient, unwrap } from '@upward/sdk';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

export { apiUrl };

type Pair = components['schemas']['Pair'];

export const amaraEmail = 'amara.okafor@northwind.example';

/** A demo token from the server's public `/demo/tokens`. */
export async function demoToken(email = amaraEmail): Promise<string> {
  const response = await fetch(`${apiUrl}/demo/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (response.status !== 201) throw new Error(`no demo token for ${email}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Amara Okafor's pair with Helen Marsh, found through the SDK as Amara. */
export async function amarasPair(token: string): Promise<Pair> {
  const api = createUpwardClient({ baseUrl: apiUrl, token });
  const page = await unwrap(api.GET('/v1/pairs', { params: { query: { limit: 100 } } }));
  const pair = page.items.find(
    (each) =>
      each.mentor.displayName === 'Amara Okafor' && each.mentee.displayName === 'Helen Marsh',
  );
  if (!pair) throw new Error('Amara has no pair with Helen');
  return pair;
}

/** A React root in a fresh container; `unmount()` removes both. */
export function mount(): { root: Root; container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return {
    root,
    container,
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

/** Renders `node` into a fresh root and returns the first element matching `selector`. */
export async function render<E extends Element>(
  node: ReactNode,
  selector: string,
): Promise<{ element: E; root: Root; container: HTMLElement; unmount: () => void }> {
  const mounted = mount();
  mounted.root.render(node);
  await waitUntil(() => mounted.container.querySelector(selector), `${selector} never rendered`);
  return { ...mounted, element: mounted.container.querySelector(selector) as E };
}

/** Waits until the element reflects `state` (its `state` attribute). */
export function untilState(element: Element, state: string, timeout = 15_000): Promise<void> {
  return waitUntil(
    () => element.getAttribute('state') === state,
    `<${element.localName}> never reached "${state}" (it is "${element.getAttribute('state')}")`,
    { timeout, interval: 10 },
  );
}

/** The text of an element's shadow root, white space collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Collects `console.error` calls (React's warnings) until `stop()`. */
export function captureConsoleErrors() {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {
    errors,
    stop() {
      console.error = original;
    },
  };
}

/**
 * Call inside a `describe`: Amara's token and pair are fetched before its tests, console errors
 * are collected during each test, and a test's `cleanup` (its React root) runs after it.
 */
export function amaraSuite() {
  const suite = {
    token: '',
    pairId: '',
    cleanup: undefined as (() => void) | undefined,
    consoleErrors: { errors: [] as string[], stop() {} },
  };
  before(async () => {
    suite.token = await demoToken();
    suite.pairId = (await amarasPair(suite.token)).id;
  });
  beforeEach(() => {
    suite.consoleErrors = captureConsoleErrors();
  });
  afterEach(() => {
    suite.cleanup?.();
    suite.cleanup = undefined;
    suite.consoleErrors.stop();
  });
  return suite;
}

/** The events each tag documents (`@fires`), read from @upward/elements' custom-elements.json. */
export function documentedEvents(): Map<string, string[]> {
  const events = new Map<string, string[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if ('tagName' in declaration && typeof declaration.tagName === 'string') {
        const names = 'events' in declaration ? (declaration.events ?? []) : [];
        events.set(
          declaration.tagName,
          names.map((event: { name: string }) => event.name),
        );
      }
    }
  }
  return events;
}
