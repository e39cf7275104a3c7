import { createContext } from '@lit/context';
import type { UpwardClient } from '@upward/sdk';

/**
 * The SDK client shared by `<upward-provider>` with every element inside it.
 * Context keys compare by identity: `Symbol.for` lets two copies of the same major version on
 * one page (a bundle and the drop-in file) share a provider, and keeps other majors apart.
 */
export const clientContext = createContext<UpwardClient | undefined>(
  Symbol.for('@upward/elements/client-context@0'),
);
