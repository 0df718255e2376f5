// `npm run bench`: prints size and speed figures for docs/performance.md. Not a test: nothing here passes or fails,
// it measures. Builds the app into dist-bench/, serves it with `vite preview`, drives Debian's Chromium; then
// serves the same build with nginx (gzip, as deployed) and runs Lighthouse on it (scripts/bench-lighthouse.ts).
//
//   npm run bench                        everything (about three minutes on two cores)
//   npm run bench -- --no-lighthouse     everything but Lighthouse (or BENCH_LIGHTHOUSE=0)
//   npm run bench -- --lighthouse-only   only Lighthouse, on the dist-bench/ an earlier run built (no build)
//   BENCH_LIGHTHOUSE_PORT                nginx's port for Lighthouse (4197)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { drillLatency } from './bench-drill';
import { firstTapOnSlowPhone } from './bench-first-tap';
import { lighthouseBench, printErroredAudits } from './bench-lighthouse';
import { median, printFigures, type Figure } from './lib/bench-figure';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { startServer, stopServer, waitUntilUp } from './lib/local-server';
import { openMapPage } from './lib/map-page';

const OUT_DIR = 'dist-bench';
const PORT = 4199;
const URL = `http://localhost:${PORT}/`;
// The floor the first screen is compared with: a bare React + echarts-for-react choropleth of the same map.
const BARE_ROOT = 'scripts/bench-bare';
const BARE_OUT_DIR = 'dist-bench-bare';
const BARE_PORT = 4198;
const BARE_URL = `http://localhost:${BARE_PORT}/`;
// The same bare page with its regions labelled by name, like the dashboard's map: printed for comparison only.
const BARE_NAMES_URL = `${BARE_URL}?labels=names`;
const OFFLINE_OUT_DIR = 'dist-bench-offline';

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function sizeFigures(): Figure[] {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('entry script not found in the built index.html');
  const geometry = readdirSync(join(OUT_DIR, 'assets')).find(
    (f) => f.startsWith('henan-') && f.endsWith('.js'),
  );
  const app = firstScreenBytes(OUT_DIR);
  // The bare page fetches the same geometry as soon as its script runs (a dynamic import, not preloaded): it is
  // part of its first screen too, so both sides count it.
  const floor = firstScreenBytes(BARE_OUT_DIR) + geometryChunkBytes(BARE_OUT_DIR);
  return [
    { name: 'entry JS (gzip)', value: kb(gzipSize(join(OUT_DIR, entry))), unit: 'KB', budget: '≤ 300 KB' },
    { name: 'first screen: all index.html loads or preloads (gzip)', value: kb(app), unit: 'KB' },
    { name: 'the bare map, the same, with its geometry (gzip)', value: kb(floor), unit: 'KB' },
    { name: 'first screen ÷ bare map', value: ratio(app, floor), unit: '×', budget: '≤ 1.10×' },
    {
      name: 'geometry data/geo/henan.json (gzip)',
      value: kb(gzipSize('data/geo/henan.json')),
      unit: 'KB',
      budget: '≤ 60 KB',
    },
    ...(geometry
      ? [
          {
            name: 'geometry chunk as shipped (gzip)',
            value: kb(gzipSize(join(OUT_DIR, 'assets', geometry))),
            unit: 'KB',
          },
        ]
      : []),
  ];
}

/**
 * Every script, module preload and stylesheet the built index.html loads or preloads, gzipped and summed: what a
 * browser fetches before the first screen can draw (the entry alone says little once the bundler splits it).
 */
function firstScreenBytes(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    ),
  );
  return [...files].reduce((sum, file) => sum + gzipSize(join(outDir, file)), 0);
}

/** The geometry chunk of a build (henan-*.js), gzipped. */
function geometryChunkBytes(outDir: string): number {
  const file = readdirSync(join(outDir, 'assets')).find((f) => f.startsWith('henan-') && f.endsWith('.js'));
  if (!file) throw new Error(`no geometry chunk in ${outDir}`);
  return gzipSize(join(outDir, 'assets', file));
}

/** Navigation start → the first frame with the map painted, in a fresh context (cold cache). */
async function timeToMap(browser: Browser, url: string): Promise<{ chart: number; any: number }> {
  const { context, firstMapFrame, firstAnyMapFrame } = await openMapPage(browser, url);
  await context.close();
  return { chart: firstMapFrame, any: firstAnyMapFrame };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * The dashboard's first map frame against the bare page's, loads interleaved (app, bare, bare with names, app, …)
 * so that a busy machine slows all alike; the ratio to the bare page is what the budget is about. The dashboard
 * shows a map twice: the prerendered static map with the page's first paint, then the chart in its place; the
 * bare page has only the chart. Both of the dashboard's are printed.
 */
async function firstMapPaint(browser: Browser, runs = 15): Promise<Figure[]> {
  const urls = [URL, BARE_URL, BARE_NAMES_URL];
  const times: { chart: number; any: number }[][] = urls.map(() => []);
  for (const url of urls) await timeToMap(browser, url); // warm the servers and the disk cache, not counted
  for (let i = 0; i < runs; i++) {
    for (const [k, url] of urls.entries()) times[k]!.push(await timeToMap(browser, url));
  }
  const [appMs, bareMs, namesMs] = times.map((t) => median(t.map((x) => x.any))) as [number, number, number];
  const chartMs = median(times[0]!.map((x) => x.chart));
  return [
    {
      name: `first map paint, static or chart (median of ${runs} fresh loads)`,
      value: Math.round(appMs),
      unit: 'ms',
    },
    { name: 'bare React + ECharts map, same geometry', value: Math.round(bareMs), unit: 'ms' },
    { name: 'first map paint ÷ bare map', value: ratio(appMs, bareMs), unit: '×', budget: '≤ 0.6×' },
    { name: 'the bare map with region names', value: Math.round(namesMs), unit: 'ms' },
    { name: 'first map paint ÷ bare map with names', value: ratio(appMs, namesMs), unit: '×' },
    { name: 'the chart’s first frame (interactive map)', value: Math.round(chartMs), unit: 'ms' },
    {
      name: 'the chart’s first frame ÷ bare map',
      value: ratio(chartMs, bareMs),
      unit: '×',
      budget: '≤ 1.0×',
    },
  ];
}

function startPreview(outDir: string, port: number) {
  return startServer('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort']);
}

/** Click a filter → list updated and the map's next frame rendered, median over many changes. */
async function filterLatency(browser: Browser, changes = 50): Promise<Figure> {
  const { context, page } = await openMapPage(browser, URL);
  // The filters fill their column a frame after the map.
  await page.getByRole('button', { name: /^县级/ }).waitFor();
  const times = await page.evaluate(async (n) => {
    const chart = window.__charts!.get('map')!;
    const button = [...document.querySelectorAll('button.chip')].find((b) =>
      b.textContent?.startsWith('县级'),
    ) as HTMLButtonElement;
    const results: number[] = [];
    for (let i = 0; i < n; i++) {
      const expected = i % 2 === 0 ? '显示 6 / 35 项' : '显示 35 / 35 项';
      // ECharts fires 'rendered' when the canvas holds the new frame; React has updated the list by then
      // (the click is a discrete event, flushed synchronously).
      const rendered = new Promise<number>((resolve) =>
        chart.on('rendered', function once() {
          chart.off('rendered', once);
          resolve(performance.now());
        }),
      );
      const t0 = performance.now();
      button.click();
      const t1 = await rendered;
      if (!document.body.textContent?.includes(expected)) throw new Error(`list did not show ${expected}`);
      results.push(t1 - t0);
      // Let the frame settle before the next change, as a person's clicks would.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return results;
  }, changes);
  await context.close();
  return {
    name: `filter → rendered (median of ${changes} changes)`,
    value: Math.round(median(times) * 10) / 10,
    unit: 'ms',
    budget: '≤ 50 ms',
  };
}

/** Click 导出4K on the map → the 3840-px-wide PNG handed over as a download, median after one warm-up. */
async function mapExport4k(browser: Browser, runs = 5): Promise<Figure> {
  const { context, page } = await openMapPage(browser, URL, { acceptDownloads: true });
  const button = page.getByRole('button', { name: '导出4K：地图' });
  const times: number[] = [];
  // The first click also loads the export chunk; it is not counted.
  for (let i = 0; i <= runs; i++) {
    const t0 = Date.now();
    await Promise.all([page.waitForEvent('download'), button.click()]);
    if (i > 0) times.push(Date.now() - t0);
  }
  await context.close();
  return {
    name: `map PNG export, 3840 px wide (median of ${runs})`,
    value: Math.round(median(times)),
    unit: 'ms',
    budget: '≤ 1000 ms',
  };
}

/** The deck of all projects (导出PPT on the unfiltered dashboard), as a user downloads it. */
async function deckSize(browser: Browser): Promise<Figure> {
  const { context, page } = await openMapPage(browser, URL);
  const dir = mkdtempSync(join(tmpdir(), 'bench-deck-'));
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: '导出PPT' }).click(),
    ]);
    const file = join(dir, 'deck.pptx');
    await download.saveAs(file);
    return {
      name: 'deck of all projects (.pptx)',
      value: kb(statSync(file).size),
      unit: 'KB',
      budget: '≤ 800 KB',
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The offline package (`npm run build:offline`): built here into its own folder, its one HTML file measured. */
function offlineSize(): Figure {
  execFileSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--mode', 'offline', '--outDir', OFFLINE_OUT_DIR],
    {
      stdio: 'inherit',
    },
  );
  const html = readdirSync(OFFLINE_OUT_DIR).find((f) => f.endsWith('.html'));
  if (!html) throw new Error(`no HTML file in ${OFFLINE_OUT_DIR}/`);
  return { name: `offline file ${html}`, value: kb(statSync(join(OFFLINE_OUT_DIR, html)).size), unit: 'KB' };
}

/** The figures measured in a browser driven by Playwright, against `vite preview` of both builds. */
async function browserFigures(): Promise<Figure[]> {
  const servers = [startPreview(OUT_DIR, PORT), startPreview(BARE_OUT_DIR, BARE_PORT)];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    await waitUntilUp(URL);
    await waitUntilUp(BARE_URL);
    return [
      ...(await firstMapPaint(browser)),
      await filterLatency(browser),
      await mapExport4k(browser),
      await drillLatency(browser, URL),
      await firstTapOnSlowPhone(browser, URL),
      await deckSize(browser),
    ];
  } finally {
    await browser.close();
    await Promise.all(servers.map(stopServer));
  }
}

function buildBoth(): Promise<unknown> {
  // With the test hooks: the filter and drill figures read the map chart through window.__charts (a few bytes in
  // the entry).
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', OUT_DIR], {
    stdio: 'inherit',
    env: { ...process.env, VITE_TEST_HOOKS: '1' },
  });
  return build({
    root: BARE_ROOT,
    configFile: false,
    logLevel: 'warn',
    json: { stringify: true },
    build: { outDir: resolve(BARE_OUT_DIR), emptyOutDir: true, target: 'es2022' },
  });
}

const FLAGS = ['--no-lighthouse', '--lighthouse-only'];

async function main(args: readonly string[]): Promise<void> {
  const unknown = args.filter((arg) => !FLAGS.includes(arg));
  if (unknown.length) throw new Error(`unknown flag ${unknown.join(' ')}; known: ${FLAGS.join(' ')}`);
  const lighthouseOnly = args.includes('--lighthouse-only');
  const withLighthouse = !args.includes('--no-lighthouse') && process.env.BENCH_LIGHTHOUSE !== '0';
  if (lighthouseOnly && !withLighthouse)
    throw new Error('--lighthouse-only with Lighthouse turned off runs nothing');
  if (lighthouseOnly && !existsSync(join(OUT_DIR, 'index.html'))) {
    throw new Error(
      `--lighthouse-only audits an earlier build: ${OUT_DIR}/ has none (run npm run bench first)`,
    );
  }
  const figures: Figure[] = [];
  if (!lighthouseOnly) {
    await buildBoth();
    figures.push(...sizeFigures(), offlineSize(), ...(await browserFigures()));
  }
  // After the browser figures, with their servers stopped: Lighthouse's runs have the cores to themselves.
  const lighthouse = withLighthouse ? await lighthouseBench(OUT_DIR) : undefined;
  printFigures([...figures, ...(lighthouse?.figures ?? [])]);
  if (lighthouse) printErroredAudits(lighthouse);
}

await main(process.argv.slice(2));
