/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './scripts/csp-plugin';
import { listModulesAhead, preloadFirstScreen } from './scripts/preload-plugin';
import { prerenderFirstScreen } from './scripts/prerender-plugin';
import { normalBase } from './scripts/lib/nginx-conf';
import { LISTS_DIR, newestYear, validateData } from './scripts/validate-data-plugin';
import { resolve } from 'node:path';

/** The offline package's file name (`npm run build:offline`): one HTML file to copy onto a USB stick. */
export const OFFLINE_FILE = '出彩工作看板.html';

export default defineConfig(({ mode }) => {
  // `vite build --mode offline`: everything (JS, CSS, the lazily loaded geometry) inlined into one HTML
  // file that works from file:// with no network.
  const offline = mode === 'offline';
  return {
    plugins: [
      validateData(),
      react(),
      // The first screen as HTML, painted before the scripts arrive (build only).
      prerenderFirstScreen(newestYear(LISTS_DIR)),
      // The newest list is a lazy chunk (kept out of the entry), but the first screen needs it at once. The map's
      // shapes are not preloaded: the first screen draws the prerendered map, and they come with the live chart
      // (main.tsx starts both at once where the chart is made at once; a phone, when the map is touched).
      preloadFirstScreen([`/${newestYear(LISTS_DIR)}.json`]),
      // The map chart's code and shapes, which a phone fetches while idle (src/app/map-chart-ahead.ts).
      listModulesAhead(['/src/features/map/map-chart.tsx', '/data/geo/henan.json']),
      ...(offline ? [viteSingleFile({ removeViteModuleLoader: true, outputFileName: OFFLINE_FILE })] : []),
      // BUNDLE_REPORT=1 npm run build: what each chunk is made of, in dist/bundle-report.html (docs/performance.md).
      ...(process.env.BUNDLE_REPORT
        ? [
            visualizer({
              filename: 'dist/bundle-report.html',
              gzipSize: true,
              template: process.env.BUNDLE_REPORT === 'json' ? 'raw-data' : 'treemap',
            }),
          ]
        : []),
      // Last: it hashes the offline file's inline script after vite-plugin-singlefile has inlined it.
      contentSecurityPolicy(),
    ],
    // CHUCAI_BASE=/chucai/ builds for a sub-path of an existing intranet site (docs/deployment.md).
    base: offline ? './' : normalBase(process.env.CHUCAI_BASE),
    // The year lists (src/data/lists.ts globs `@lists/*.json`): data/lists, or CHUCAI_LISTS_DIR for test lists.
    resolve: { alias: { '@lists': resolve(LISTS_DIR) } },
    // A JSON array (the county points) ships as JSON.parse("…"). JSON objects (the data file, the 213 KB map
    // geometry) keep their named exports and ship as object literals, which V8 parses off the main thread while
    // the preloaded chunks download; as JSON.parse, parsed on the main thread, the first map paint came later.
    json: { stringify: true },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      // Everything the entry imports statically goes into the entry's own chunk, also what lazy chunks share with
      // it (React, the store, the data layer), which the bundler would otherwise split into small common chunks:
      // the first screen is then four requests (the entry, the bundler's small runtime, the list, the stylesheet)
      // instead of nine, which an HTTP/1.1 server answers over at most six connections; Lighthouse's mobile LCP
      // counts each extra round trip.
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
      },
      ...(offline ? { outDir: 'dist-offline', emptyOutDir: true } : {}),
    },
    test: {
      globals: true,
      environment: 'node',
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      // The files of a worker share one module graph and one jsdom: most of the suite's time went to each file
      // loading echarts, zod, the app's modules and a jsdom afresh. Tests therefore build their own data and
      // reset what they change (src/test/setup.ts unmounts what each test rendered).
      isolate: false,
      testTimeout: 30_000,
    },
  };
});
