// Debian's Chromium, never a downloaded browser (the CI machine cannot fetch one), with the flags that work
// in this sandboxed, offline environment. Shared by the browser tests, the bench and the screenshot script.

/** The browser binary: Debian's package, unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launch flags: no sandbox (root in a container), no GPU, no background calls to Google's services, and no
 * browser-UI pages competing with the page for the CPU.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 156 opens the omnibox popup's WebUI pages (lit-based JS in a renderer of their own) for every new
  // window, and each fresh context is a new window: on two cores that work runs exactly while the page under
  // test loads, adding 50–100 ms of noise to every first-paint figure. Chromium merges repeated
  // --disable-features switches, so Playwright's own list stays in force.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
