/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * '1' in builds made for automation (the browser tests, the bench, screenshots): the app then exposes its live
   * charts as window.__charts (src/lib/chart-registry.ts). Unset in `npm run build` and `npm run build:offline`.
   */
  readonly VITE_TEST_HOOKS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
