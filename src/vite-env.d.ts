/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * '1' in builds made for automation (the browser tests, the bench, screenshots): the app then exposes its live
   * charts as window.__charts (src/main.tsx). Unset in `npm run build` and `npm run build:offline`.
   */
  readonly VITE_TEST_HOOKS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

interface Window {
  /**
   * Live chart instances by name, for automation (browser tests, the bench, screenshots): only in builds made with
   * VITE_TEST_HOOKS=1 (src/main.tsx).
   */
  __charts?: Map<string, import('echarts/core').EChartsType>;
}
