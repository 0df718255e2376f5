// Debian's Chromium, never a downloaded browser (the CI machine cannot fetch one), with the flags that work
// in this sandboxed, offline environment. Shared by the browser tests, the bench and the screenshot script.

/** The browser binary: Debian's package, unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags: no sandbox (root in a container), no GPU, and no background calls to Google's services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
