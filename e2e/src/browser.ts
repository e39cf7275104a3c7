// Debian Chromium through playwright-core, and the problems a page can show: console errors,
// uncaught errors and Content Security Policy violations, collected per browser context.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';

export { chromiumPath };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

export interface CheckedContext {
  context: BrowserContext;
  problems: PageProblems;
  /** A new page of this context, watched like every other. */
  newPage: () => Promise<Page>;
}

/**
 * A fresh context (own storage) whose pages report their problems into `problems`. The CSP
 * listener is an init script: it runs before the page's own scripts and is not subject to the
 * page's policy; it reports through a binding, so violations survive reloads.
 */
export async function checkedContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<CheckedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  await context.exposeBinding('__upwardReportViolation', (source, text: string) => {
    problems.cspViolations.push(`${source.page.url()}: ${text}`);
  });
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ' at ' + event.sourceFile + ':' + event.lineNumber : '';
    window.__upwardReportViolation(
      event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') + where,
    );
  }, { capture: true });`);
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const location = message.location();
        problems.consoleErrors.push(
          `${page.url()}: ${message.text()} (${location.url}:${location.lineNumber})`,
        );
      }
    });
    page.on('pageerror', (error) => {
      problems.pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`);
    });
  };
  context.on('page', watch);
  return { context, problems, newPage: () => context.newPage() };
}

/** Every problem seen, one per line; empty when the pages were clean. */
export function describeProblems(problems: PageProblems): string {
  return [
    ...problems.consoleErrors.map((text) => `console error: ${text}`),
    ...problems.pageErrors.map((text) => `page error: ${text}`),
    ...problems.cspViolations.map((text) => `CSP violation: ${text}`),
  ].join('\n');
}
