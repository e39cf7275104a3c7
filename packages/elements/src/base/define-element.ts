import { VERSION } from '../version.js';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers `element` as `tag` in `registry`. Skips silently when this version of Upward already
 * holds the tag; warns, and leaves the page's element alone, when another version does.
 * Each registration gets its own subclass, since a class can be defined only once per registry.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing.version !== VERSION) {
      console.warn(
        `<${tag}> is already defined by version ${existing.version ?? 'unknown'} of @upward/elements, ` +
          `so version ${VERSION} left it alone. To run both, use defineUpwardElements({ prefix }).`,
      );
    }
    return;
  }
  registry.define(tag, class extends (element as new () => HTMLElement) {});
}
