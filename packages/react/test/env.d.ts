// The virtual module of the server plugin (packages/elements/web-test-runner.config.mjs): the
// test server resolves `virtual:upward-env` to /__upward/env.js, which it writes for the run.
declare module 'virtual:upward-env' {
  /** The reference server of this run (another origin than the page). */
  export const apiUrl: string;
}
