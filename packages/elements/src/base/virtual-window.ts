import type { ReactiveController, ReactiveElement } from 'lit';

export interface VirtualWindowOptions {
  /** How many rows exist (loaded so far). */
  count: () => number;
  /** Called when the window comes within `threshold` rows of the last one (fetch the next page). */
  onNearEnd?: () => void;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  threshold?: number;
}

/**
 * Renders only the rows in view, whatever their number: rows share one height (measured from
 * the first rendered row), and two spacers stand in for the rest. The spacers are sized by a
 * stylesheet adopted into the shadow root, so no inline `style` attribute is needed (strict CSP).
 *
 * Markup: a scrolling element marked `data-viewport` holding `.spacer-before`, the rows from
 * `start` to `end` (each marked `data-row`), then `.spacer-after`.
 */
export class VirtualWindow implements ReactiveController {
  start = 0;
  end = 0;
  rowHeight = 0;

  readonly #host: ReactiveElement;
  readonly #options: Required<VirtualWindowOptions>;
  readonly #sheet = new CSSStyleSheet();
  #frame = 0;

  constructor(host: ReactiveElement, options: VirtualWindowOptions) {
    this.#host = host;
    this.#options = { onNearEnd: () => {}, overscan: 6, threshold: 20, ...options };
    host.addController(this);
  }

  hostConnected() {
    const root = this.#host.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(this.#sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }

  hostDisconnected() {
    cancelAnimationFrame(this.#frame);
  }

  hostUpdate() {
    this.#compute();
  }

  hostUpdated() {
    if (this.rowHeight) return;
    const row = this.#host.renderRoot.querySelector<HTMLElement>('[data-row]');
    if (row?.offsetHeight) {
      this.rowHeight = row.offsetHeight;
      // After this update has finished (an update requested inside one is wasted work).
      queueMicrotask(() => this.#host.requestUpdate());
    }
  }

  /** Wire to the viewport's `scroll` event. */
  readonly onScroll = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const { start, end } = this;
      this.#compute();
      if (start !== this.start || end !== this.end) this.#host.requestUpdate();
    });
  };

  /** Scrolls so that row `index` is fully in view, and renders it. */
  async scrollToIndex(index: number) {
    const viewport = this.#viewport();
    if (viewport && this.rowHeight) {
      const top = index * this.rowHeight;
      const bottom = top + this.rowHeight;
      if (top < viewport.scrollTop) viewport.scrollTop = top;
      else if (bottom > viewport.scrollTop + viewport.clientHeight)
        viewport.scrollTop = bottom - viewport.clientHeight;
    }
    this.#compute();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
  }

  #viewport() {
    return this.#host.renderRoot.querySelector<HTMLElement>('[data-viewport]');
  }

  #compute() {
    const count = this.#options.count();
    const { overscan } = this.#options;
    const viewport = this.#viewport();
    if (!this.rowHeight || !viewport) {
      // Before the first measure: enough rows to fill any reasonable viewport.
      this.start = 0;
      this.end = Math.min(count, 30);
    } else {
      const height = viewport.clientHeight || 600;
      this.start = Math.max(0, Math.floor(viewport.scrollTop / this.rowHeight) - overscan);
      this.end = Math.min(
        count,
        Math.ceil((viewport.scrollTop + height) / this.rowHeight) + overscan,
      );
      if (this.start > this.end) this.start = Math.max(0, this.end - overscan);
    }
    const before = this.start * this.rowHeight;
    const after = Math.max(0, count - this.end) * this.rowHeight;
    this.#sheet.replaceSync(
      `.spacer-before{block-size:${before}px}.spacer-after{block-size:${after}px}`,
    );
    if (count > 0 && this.end >= count - this.#options.threshold) this.#options.onNearEnd();
  }
}
