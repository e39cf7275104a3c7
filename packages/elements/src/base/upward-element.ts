import { ContextConsumer } from '@lit/context';
import { isUpwardError, type UpwardClient } from '@upward/sdk';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { clientContext } from '../context/client-context.js';
import { type DataState, UpwardStateChangedEvent } from '../events/state-changed.js';
import { commonStrings } from '../i18n/common.strings.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { VERSION } from '../version.js';
import { ClientSource } from './client-source.js';

/**
 * The base of every Upward data element: where its SDK client comes from, and the one data
 * lifecycle (idle, loading, ready or empty, error, offline) with an event for each change.
 *
 * The client is, in order: the element's own `.client`; one it makes from its own `base-url`
 * (and `token` or `.getToken`); the one an enclosing `<upward-provider>` gives.
 * Data loads when a client and the ids the element needs are there, and again whenever either
 * changes; it is cleared when the client goes away (sign-out).
 */
export abstract class UpwardElement<Data> extends LitElement {
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    token: {},
    getToken: { attribute: false },
    client: { attribute: false },
    theme: { reflect: true },
    dataState: { reflect: true, attribute: 'state' },
    contextClient: { state: true },
    announcement: { state: true },
  };

  /** The API's address, for an element used without a provider (e.g. `https://upward.example.com`). */
  declare baseUrl: string | undefined;

  /** A bearer token, with `base-url`. */
  declare token: string | undefined;

  /** Called for a token, with `base-url`; called again when the token is refused once. */
  declare getToken: (() => string | Promise<string>) | undefined;

  /** An SDK client of your own; it wins over `base-url` and over a provider's. */
  declare client: UpwardClient | undefined;

  /** `light` (default), `dark`, or `auto` to follow the system. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /** Where the data stands; reflected as the `state` attribute (read-only). */
  declare dataState: DataState;

  declare protected contextClient: UpwardClient | undefined;

  /** What the element's live region says now (see `announce()`). */
  declare protected announcement: string;

  protected data: Data | undefined;
  protected error: Error | undefined;
  protected readonly localize = new LocalizeController(this, 'common', commonStrings);

  #ownClient: UpwardClient | undefined;
  readonly #clientSource = new ClientSource();
  #loadedWith: readonly unknown[] | undefined;
  #loading: AbortController | undefined;
  /** A load is on its way (not yet settled). */
  #inFlight = false;
  /** The key being loaded again (`reload()`, or a load cut short): the view stays if it still holds. */
  #reloadOf: readonly unknown[] | undefined;
  /** Replaced whenever the view is reset: a request started before belongs to another view. */
  #view = {};

  constructor() {
    super();
    this.dataState = 'idle';
    this.announcement = '';
    new ContextConsumer(this, {
      context: clientContext,
      subscribe: true,
      callback: (value) => {
        this.contextClient = value;
      },
    });
  }

  /** The ids this element needs (e.g. `[this.pairId]`), or undefined while one is missing. */
  protected abstract loadKey(): readonly unknown[] | undefined;

  /** Fetches the data. Throw (e.g. with `unwrap`) to show the error state. */
  protected abstract load(api: UpwardClient, signal: AbortSignal): Promise<Data>;

  /** Whether loaded data counts as empty. */
  protected isEmpty(_data: Data): boolean {
    return false;
  }

  /**
   * Forgets what the reader was doing (open forms, drafts, selections, pages) when the element
   * moves to another id, another client (another person) or none: nothing of one pair or person
   * may show, or be saved, under another. Not called by `reload()`.
   */
  protected resetView(): void {}

  /** The client in use: own, made from `base-url`, or the provider's. */
  get api(): UpwardClient | undefined {
    return this.client ?? this.#ownClient ?? this.contextClient;
  }

  /** Loads again, e.g. after the data changed elsewhere. */
  reload() {
    this.#reloadOf = this.#loadedWith ?? this.#reloadOf;
    this.#loadedWith = undefined;
    this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    // Back in the page after a removal, which dropped the load: nothing else asks for an update.
    if (this.hasUpdated && this.#loadedWith === undefined) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    // Moved in the page (a re-layout, a framework re-parenting): keep what was loaded. Only a
    // load that was cut short starts again when the element is back.
    if (this.#inFlight) {
      this.#loading?.abort();
      this.#inFlight = false;
      this.#reloadOf = this.#loadedWith;
      this.#loadedWith = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('baseUrl') || changed.has('token') || changed.has('getToken')) {
      this.#ownClient = this.#clientSource.client(this);
    }
    const api = this.api;
    const key = this.loadKey();
    const wanted = api && key ? [api, ...key] : undefined;
    if (!sameKey(wanted, this.#loadedWith)) {
      const again = sameKey(wanted, this.#reloadOf) && wanted !== undefined;
      this.#reloadOf = undefined;
      this.#loadedWith = wanted;
      if (!again) {
        this.data = undefined;
        this.#view = {};
        this.announcement = '';
        this.resetView();
      }
      if (api && key) this.#start(api);
      else this.#clear();
    }
  }

  protected setDataState(next: DataState, error?: Error) {
    this.error = error;
    this.dataState = next;
    this.dispatchEvent(new UpwardStateChangedEvent(next, error));
  }

  #start(api: UpwardClient) {
    this.#loading?.abort();
    const loading = new AbortController();
    this.#loading = loading;
    this.#inFlight = true;
    this.setDataState('loading');
    this.load(api, loading.signal).then(
      (data) => {
        if (loading.signal.aborted) return;
        this.#inFlight = false;
        this.data = data;
        this.setDataState(this.isEmpty(data) ? 'empty' : 'ready');
      },
      (error: Error) => {
        if (loading.signal.aborted) return;
        this.#inFlight = false;
        this.data = undefined;
        this.setDataState(isOffline(error) ? 'offline' : 'error', error);
      },
    );
  }

  #clear() {
    this.#loading?.abort();
    this.#inFlight = false;
    this.data = undefined;
    if (this.dataState !== 'idle') this.setDataState('idle');
  }

  #onOnline = () => {
    if (this.dataState === 'offline') this.reload();
  };

  /**
   * Taken when a request starts; the check it returns says, once the answer is in, whether the
   * element still shows the client, ids and view the request was made for. When not, the answer
   * must not touch the view.
   */
  protected viewCheck(): () => boolean {
    const api = this.api;
    const key = this.loadKey();
    const view = this.#view;
    return () => this.#view === view && this.api === api && sameKey(this.loadKey(), key);
  }

  /** Says the message in the live region (cleared first, so the same message is said again). */
  protected announce(message: string) {
    const view = this.#view;
    this.announcement = '';
    requestAnimationFrame(() => {
      if (this.#view === view) this.announcement = message;
    });
  }

  /**
   * The frame every panel element renders: the titled section (in the element's language and
   * direction), the header with `actions` next to the title, the live region of `announce()`,
   * then `body`.
   */
  protected renderFrame(title: unknown, actions: unknown, body: unknown) {
    return html`<section
      part="base"
      lang=${this.localize.lang}
      dir=${this.localize.dir}
      aria-labelledby="title"
    >
      <header part="header" class="header">
        <h2 id="title" part="title">${title}</h2>
        ${actions}
      </header>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${body}
    </section>`;
  }

  /** Focuses the first element in the shadow root that matches; false when there is none. */
  protected focusIn(selector: string): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    return !!target;
  }

  /** The message for the idle, loading, error and offline states (nothing when ready or empty). */
  protected renderStatus(): TemplateResult | typeof nothing {
    const t = this.localize.t;
    switch (this.dataState) {
      case 'idle':
        return this.api ? nothing : html`<p class="status" part="status">${t.signedOut}</p>`;
      case 'loading':
        return html`<div class="status" part="status" role="status">
          <span class="visually-hidden">${t.loading}</span>
          <span class="skeletons" aria-hidden="true">
            <span class="skeleton"></span><span class="skeleton short"></span>
          </span>
        </div>`;
      case 'offline':
        return html`<div class="status" part="status" role="status" data-kind="offline">
          <span>${t.offline}</span>
          <button type="button" part="retry" @click=${this.reload}>${t.retry}</button>
        </div>`;
      case 'error':
        return html`<div class="status" part="status" role="alert" data-kind="error">
          <span>${this.errorMessage(this.error)}</span>
          <button type="button" part="retry" @click=${this.reload}>${t.retry}</button>
          ${
            isUpwardError(this.error) && this.error.requestId
              ? html`<small>${t.reference(this.error.requestId)}</small>`
              : nothing
          }
        </div>`;
      default:
        return nothing;
    }
  }

  /** A person's words for what went wrong. */
  protected errorMessage(error: Error | undefined): string {
    const t = this.localize.t;
    const status = isUpwardError(error) ? error.status : 0;
    if (status === 401) return t.unauthorized;
    if (status === 403) return t.forbidden;
    if (status === 404) return t.notFound;
    return t.failed;
  }
}

function sameKey(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** A request that never got an answer (no network, server unreachable), as opposed to an error answer. */
export function isOffline(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return isUpwardError(error) && error.status === 0 && !isAbort(error.cause);
}

function isAbort(cause: unknown) {
  return cause instanceof DOMException && cause.name === 'AbortError';
}
