import { createUpwardClient, type UpwardClient } from '@upward/sdk';

/** Who a token speaks for (`org` and `sub` of a JWT), or the token itself when unreadable. */
export function identityOf(token: string | undefined): string {
  if (!token) return '';
  try {
    const payload = token.split('.')[1] ?? '';
    const json = JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/'))) as {
      sub?: unknown;
      org?: unknown;
    };
    return `${String(json.org)}/${String(json.sub)}`;
  } catch {
    return token;
  }
}

export interface ClientSettings {
  baseUrl: string | undefined;
  token: string | undefined;
  getToken: (() => string | Promise<string>) | undefined;
}

/**
 * Makes the SDK client of an element or a provider from `base-url` and `token` / `.getToken`,
 * and keeps it while only the token's value changes (a host's refresh of the same person's
 * token) or a new `getToken` function arrives (frameworks make one per render): the client
 * reads the latest ones when it needs a token. A new address or another person (the token's
 * `org`/`sub`) gets a new client, which makes the elements load again and forget their view.
 */
export class ClientSource {
  #client: UpwardClient | undefined;
  #key = '';
  #settings: ClientSettings = { baseUrl: undefined, token: undefined, getToken: undefined };

  client(settings: ClientSettings): UpwardClient | undefined {
    this.#settings = settings;
    const { baseUrl, token, getToken } = settings;
    if (!baseUrl || (!token && !getToken)) {
      this.#client = undefined;
      this.#key = '';
      return undefined;
    }
    const key = `${baseUrl}\n${getToken ? 'getToken' : identityOf(token)}`;
    if (key !== this.#key || !this.#client) {
      this.#key = key;
      this.#client = createUpwardClient({
        baseUrl,
        getToken: () => this.#settings.getToken?.() ?? this.#settings.token ?? '',
      });
    }
    return this.#client;
  }
}
