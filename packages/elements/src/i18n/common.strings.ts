/** What every element says about its data: loading, empty, errors, offline. */
export interface CommonStrings {
  loading: string;
  retry: string;
  offline: string;
  signedOut: string;
  unauthorized: string;
  forbidden: string;
  notFound: string;
  failed: string;
  /** The server's reference for a failure, for support. */
  reference: (requestId: string) => string;
}

/** English, built in. Other languages are opt-in modules: see src/locales. */
export const commonStrings: CommonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  offline: 'You seem to be offline. This will load again when the connection is back.',
  signedOut: 'Sign in to see this.',
  unauthorized: 'Your sign-in has expired. Sign in again to see this.',
  forbidden: 'You do not have access to this.',
  notFound: 'This could not be found. It may have been removed.',
  failed: 'Something went wrong while loading this.',
  reference: (id) => `Reference: ${id}`,
};
