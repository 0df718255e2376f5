import type { EChartsType } from 'echarts/core';

declare global {
  interface Window {
    /**
     * Live chart instances by name, registered by the app in builds made with VITE_TEST_HOOKS=1
     * (src/main.tsx).
     */
    __charts?: Map<string, EChartsType>;
  }
}
