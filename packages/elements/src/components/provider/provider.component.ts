import { ContextProvider } from '@lit/context';
import type { UpwardClient } from '@upward/sdk';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ClientSource } from '../../base/client-source.js';
import { clientContext } from '../../context/client-context.js';
import { VERSION } from '../../version.js';

/**
 * Gives one SDK client to every Upward element inside it, so the address and the token are
 * set once per page. Elements inside may still set their own `base-url` or `.client`.
 *
 * @summary Supplies the Upward API client to the elements inside it.
 *
 * @tagname upward-provider
 * @slot - The Upward elements (and anything else) to supply.
 *
 * @example
 * <upward-provider base-url="https://upward.example.com" token="eyJ…">
 *   <upward-pair-card pair-id="…"></upward-pair-card>
 * </upward-provider>
 */
export class UpwardProvider extends LitElement {
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    token: {},
    getToken: { attribute: false },
    client: { attribute: false },
  };

  /** The API's address (e.g. `https://upward.example.com`, without `/v1`). */
  declare baseUrl: string | undefined;

  /** A bearer token. For tokens that expire, set `.getToken` instead. */
  declare token: string | undefined;

  /**
   * Called when a token is needed; called again once when the server refuses one (a host's
   * token refresh: SharePoint, Teams, an LMS launch).
   */
  declare getToken: (() => string | Promise<string>) | undefined;

  /** Gives `client` to the elements inside, as soon as it is set; it also holds it. */
  readonly #provider = new ContextProvider(this, { context: clientContext });

  /** The client given to the elements inside; set it to bring your own, or read it. */
  get client(): UpwardClient | undefined {
    return this.#provider.value;
  }

  set client(client: UpwardClient | undefined) {
    this.#provider.setValue(client);
  }

  /** Whether `client` was set from outside (then base-url and token are not used). */
  #clientGiven = false;
  readonly #clientSource = new ClientSource();

  protected override willUpdate(changed: PropertyValues<this>) {
    // Only a change from outside is seen here: the client set below joins this same update.
    if (changed.has('client')) this.#clientGiven = this.client !== undefined;
    if (this.#clientGiven) return;
    if (changed.has('baseUrl') || changed.has('token') || changed.has('getToken')) {
      // The same client while only the token of the same person changes (a refresh).
      const client = this.#clientSource.client(this);
      if (client !== this.client) this.client = client;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
