// The one Chromium every browser test and bench launches: Debian's, headless, as root (so no
// sandbox), with nothing that reaches the network on its own. CI sets CHROME_PATH.

/** Where Chromium is: `CHROME_PATH`, or Debian's package. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags for every launch. */
export const chromiumFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
