// What a visitor does on the example pages, in the page's own terms (see examples/*/).
import type { Page } from 'playwright-core';

export const widgetTags = [
  'upward-pair-card',
  'upward-session-log',
  'upward-feedback-form',
  'upward-review-checklist',
] as const;
export type WidgetTag = (typeof widgetTags)[number];

export const people = {
  amara: 'amara.okafor@northwind.example',
  helen: 'helen.marsh@northwind.example',
  priya: 'priya.shah@northwind.example',
  leo: 'leo.fischer@northwind.example',
  ravi: 'ravi.menon@northwind.example',
} as const;

export interface IntranetOptions {
  pair?: string;
  theme?: 'light' | 'dark' | 'auto';
  lang?: 'ar' | 'de';
}

export function intranetUrl(origin: string, email: string, options: IntranetOptions = {}): string {
  const url = new URL('/', origin);
  url.searchParams.set('as', email);
  if (options.pair) url.searchParams.set('pair', options.pair);
  if (options.theme) url.searchParams.set('theme', options.theme);
  if (options.lang) url.searchParams.set('lang', options.lang);
  return url.href;
}

/**
 * Opens the intranet page as `email` (the demo's "view as", kept in `?as=`) and waits until the
 * widgets have their data. Answers the pair shown.
 */
export async function signInAs(
  page: Page,
  origin: string,
  email: string,
  options: IntranetOptions = {},
): Promise<string> {
  await page.goto(intranetUrl(origin, email, options));
  await waitForWidgets(page);
  const pair = new URL(page.url()).searchParams.get('pair');
  if (!pair) throw new Error(`The intranet page chose no pair for ${email}`);
  return pair;
}

/**
 * Waits for the page's `data-upward-ready` and for every widget that has a pair to be `ready`
 * or `empty` (an `error` or `offline` widget fails the wait with the states seen).
 */
export async function waitForWidgets(page: Page, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      (tags) => {
        if (!document.documentElement.hasAttribute('data-upward-ready')) return false;
        const widgets = [...document.querySelectorAll(tags.join(','))].filter((widget) =>
          widget.hasAttribute('pair-id'),
        );
        return (
          widgets.length > 0 &&
          widgets.every((widget) => ['ready', 'empty'].includes(widget.getAttribute('state') ?? ''))
        );
      },
      widgetTags,
      { timeout },
    );
  } catch (error) {
    throw new Error(`The widgets did not all show data: ${await widgetStates(page)}`, {
      cause: error,
    });
  }
}

/** `tag=state` of every widget on the page, for failure messages. */
export function widgetStates(page: Page): Promise<string> {
  return page.evaluate(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))]
        .map((widget) => `${widget.localName}=${widget.getAttribute('state') ?? '(none)'}`)
        .join(', '),
    widgetTags,
  );
}

/** All text a visitor could read, shadow roots included (`innerText` stops at them). */
export function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const stack: Node[] = [document.body];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement)
        parts.push(node.value);
      if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
      stack.push(...Array.from(node.childNodes));
    }
    return parts.join(' ');
  });
}
