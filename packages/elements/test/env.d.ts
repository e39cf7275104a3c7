// The virtual module of web-test-runner.config.mjs (upwardServerPlugin): the test server resolves
// `virtual:upward-env` to /__upward/env.js, which it writes for the run.
declare module 'virtual:upward-env' {
  /** The reference server of this run (another origin than the page), e.g. `http://127.0.0.1:41234`. */
  export const apiUrl: string;
  /** An address where nothing listens: requests to it never get an answer. */
  export const closedUrl: string;
  /** The origin of the test pages (the one the server allows by CORS). */
  export const pageOrigin: string;
}
