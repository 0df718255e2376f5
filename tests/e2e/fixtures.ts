import { expect, test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

interface Guards {
  /** Console errors seen during the test (minus those a test expects: see allowConsoleErrors). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled promise rejections: never expected. */
  pageErrors: string[];
  /** Console errors matching these are expected by the test (e.g. a download it drops on purpose). */
  allowConsoleErrors: RegExp[];
  /** Requests to any origin other than the page's own (blocked, and recorded here). */
  foreignRequests: string[];
}

/**
 * Every test runs with animation off (reduced motion), foreign requests blocked and recorded, and console
 * errors collected; a test fails at the end if the page logged an error it did not expect, threw one nobody
 * caught, or reached outside its origin.
 */
export const test = base.extend<{ guards: Guards }>({
  contextOptions: async ({ contextOptions }, use) => {
    await use({ ...contextOptions, reducedMotion: 'reduce' });
  },
  guards: [
    async ({ page, baseURL }, use) => {
      const guards: Guards = {
        consoleErrors: [],
        pageErrors: [],
        allowConsoleErrors: [],
        foreignRequests: [],
      };
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      await page.context().route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
          return route.continue();
        }
        guards.foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') guards.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (error) => guards.pageErrors.push(String(error)));
      await use(guards);
      const unexpected = guards.consoleErrors.filter(
        (e) => !guards.allowConsoleErrors.some((re) => re.test(e)),
      );
      expect(unexpected, 'console errors').toEqual([]);
      expect(guards.pageErrors, 'uncaught errors and unhandled rejections').toEqual([]);
      expect(guards.foreignRequests, 'requests outside the origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Where a tap is checked place by place, with touch: a small phone, a phone, a tablet. */
export const TAP_SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
] as const;

/** The page's horizontal overflow in px (0: no sideways scrolling). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The app has started on the page: it removes the stale-page message as it renders or hydrates (a click on the
 * prerendered HTML before then does nothing, or is replayed by React once hydrated).
 */
export async function appStarted(page: Page): Promise<void> {
  await expect(page.locator('.boot-stale')).toHaveCount(0);
}

/** Waits until the map chart exists and has finished rendering (through window.__charts: a test build's hook). */
export async function waitForMap(page: Page): Promise<void> {
  if (pausedPages.has(page)) {
    await runClockUntil(page, () => page.evaluate(() => window.__charts?.has('map') ?? false));
  }
  await expect(page.locator('[data-chart="map"] canvas').first()).toBeVisible();
  await page.waitForFunction(() => {
    const chart = window.__charts?.get('map');
    return chart !== undefined && !chart.isDisposed();
  });
  // Rendering is synchronous with animation off; give the browser one frame to paint (under a paused fake
  // clock, frames come only from runFor).
  if (pausedPages.has(page)) await page.clock.runFor(16);
  else await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/**
 * Waits until the live map chart has painted a map on its canvas, read from the pixels alone: for builds without
 * the test hooks (the nginx project serves a build made as it is deployed).
 */
export async function waitForPaintedMap(page: Page): Promise<void> {
  await expect(page.locator('[data-chart="map"] canvas').first()).toBeVisible();
  await expect.poll(() => paintedShare(page)).toBeGreaterThan(DRAWN_MAP_SHARE);
}

/** Which map is drawn (henan, counties-411500 …), and which of its regions are selected. */
export function shownMap(page: Page): Promise<{ map: string; selected: string[] }> {
  return page.evaluate(() => {
    const option = window.__charts!.get('map')!.getOption() as {
      geo: { map: string; regions: { name: string; selected?: boolean }[] }[];
    };
    const geo = option.geo[0]!;
    return { map: geo.map, selected: geo.regions.filter((r) => r.selected).map((r) => r.name) };
  });
}

/**
 * A drawn province covers 32–43 % of the map canvas (measured 2026-11-28 at 390 to 3840 px wide, in the office
 * layout and in presentation); a map that is blank, half drawn or squeezed into a corner covers far less. The bar
 * sits at about two thirds of the smallest measured share, so anti-aliasing and label changes never cross it.
 */
export const DRAWN_MAP_SHARE = 0.2;

/** Share of the map canvas' pixels that are painted (not transparent, not the panel's white). */
export async function paintedShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-chart="map"] canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4 * 16) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a > 0 && !(r > 250 && g > 250 && b > 250)) painted += 1;
    }
    return painted / (data.length / (4 * 16));
  });
}

/** Page coordinates of a geographic point on the map (via the chart's own projection). */
export async function mapPoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const [x, y] = await page.evaluate((coord) => {
    const chart = window.__charts!.get('map')!;
    return chart.convertToPixel({ geoIndex: 0 }, coord) as number[];
  }, lonLat);
  const box = await page.locator('[data-chart="map"]').boundingBox();
  if (!box || x === undefined || y === undefined) throw new Error('map is not laid out');
  return { x: box.x + x, y: box.y + y };
}

/** Page coordinates of a county project's pin on the province map (where its tip stands). */
export async function pinPoint(page: Page, projectId: number): Promise<{ x: number; y: number }> {
  const pin = await page.evaluate((id) => {
    const option = window.__charts!.get('map')!.getOption() as {
      series: { id: string; data: { value: number[] }[] }[];
    };
    return option.series.find((s) => s.id === 'pins')!.data.find((d) => d.value[2] === id)!.value;
  }, projectId);
  return mapPoint(page, [pin[0]!, pin[1]!]);
}

/** The № of every listed project, in order. */
export async function listedIds(page: Page): Promise<number[]> {
  const ids = await page
    .locator('[data-project-id]')
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-project-id'))));
  return ids;
}

/** The fake clock's start: an instant on different calendar days in UTC (4 March) and in Shanghai (5 March). */
export const FAKE_NOW = new Date('2026-03-04T18:30:00Z');

const pausedPages = new WeakSet<Page>();

/**
 * Installs a fake clock that is paused before the page even loads: no timer, interval or animation frame
 * fires until the test moves time on with `page.clock.runFor`. The page loads and draws (ECharts renders
 * synchronously) while the tour's first step waits, however slow the machine: nothing races real time.
 * Call before `page.goto`.
 */
export async function installPausedClock(page: Page): Promise<void> {
  await page.clock.install({ time: FAKE_NOW });
  // The current about:blank page has no timers; the jump only marks the clock paused, and every page loaded
  // from now on starts from here, paused.
  await page.clock.pauseAt(FAKE_NOW.getTime() + 60_000);
  pausedPages.add(page);
}

/**
 * Under a paused clock, moves time on in 50 ms steps until `ready()` holds, then stops. React reveals a lazily
 * loaded screen on a timer and echarts-for-react creates its chart on an animation frame, so a paused page needs
 * a little fake time to show the map. Stopping as soon as it is there keeps what passes after the screen mounted
 * (and armed its own timers, like the tour's 10 s) to a step or two; a test that checks the first step is still
 * showing would notice if it were more.
 */
async function runClockUntil(page: Page, ready: () => Promise<boolean>): Promise<void> {
  for (let step = 0; !(await ready()); step += 1) {
    if (step > 400) throw new Error('the map did not appear within 20 s of fake time');
    await page.clock.runFor(50);
  }
}

/** The calendar date YYYYMMDD of an instant in the browser's time zone (Asia/Shanghai, playwright.config). */
export function shanghaiDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts.replace(/-/g, '');
}

/** A box in chart pixels, as zrender measures what it drew. */
export interface DrawnRect {
  x: number;
  y: number;
  width: number;
  height: number;
  clone: () => DrawnRect;
  applyTransform: (m: unknown) => void;
}

/** An element of zrender's display list: what ECharts actually drew (a name's text, a pin, a region's shape). */
export interface DrawnElement {
  type: string;
  silent?: boolean;
  parent?: DrawnElement;
  /** The element a label belongs to (a region's shape, a pin). */
  __hostTarget?: DrawnElement;
  style?: { text?: string };
  getBoundingRect: () => DrawnRect;
  getComputedTransform: () => unknown;
}

/** A chart's zrender storage (`chart.getZr().storage`), for specs that read what was drawn inside the page. */
export interface DrawnStorage {
  storage: { getDisplayList: (update: boolean) => DrawnElement[] };
}

/**
 * Map labels that overlap (closer than 2 px) or run off the chart, read from what ECharts actually drew
 * (zrender's text elements: region names, pin labels, the 省级 plate, the legend).
 */
export async function mapLabelProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chart = window.__charts!.get('map')!;
    const zr = chart.getZr() as unknown as DrawnStorage;
    const spans = zr.storage.getDisplayList(true).filter((el) => el.type === 'tspan' && el.style?.text);
    const texts = [...new Set(spans.map((el) => el.parent ?? el))];
    const boxes = texts.map((el) => {
      const r = el.getBoundingRect().clone();
      const m = el.getComputedTransform();
      if (m) r.applyTransform(m);
      return { text: String(el.style?.text ?? ''), r };
    });
    const [width, height] = [chart.getWidth(), chart.getHeight()];
    const problems: string[] = [];
    boxes.forEach(({ text, r }, i) => {
      if (r.x < -1 || r.y < -1 || r.x + r.width > width + 1 || r.y + r.height > height + 1)
        problems.push(`outside the chart: ${text}`);
      for (const other of boxes.slice(i + 1)) {
        const dx = Math.min(r.x + r.width, other.r.x + other.r.width) - Math.max(r.x, other.r.x);
        const dy = Math.min(r.y + r.height, other.r.y + other.r.height) - Math.max(r.y, other.r.y);
        if (dx > -2 && dy > -2) problems.push(`overlap: ${text} / ${other.text}`);
      }
    });
    return problems;
  });
}

/** Makes requests for matching build files fail like a dropped connection; returns the way to undo it. */
export async function dropRequests(page: Page, pattern: RegExp): Promise<() => Promise<void>> {
  const handler = (route: Parameters<Parameters<Page['route']>[1]>[0]) => route.abort('connectionreset');
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}

/** Holds requests for matching files until `release` (a slow link); `held` lists what was asked for. */
export async function holdRequests(page: Page, pattern: RegExp) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: string[] = [];
  await page.route(pattern, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { held, release };
}

/** Makes the live chart by a touch on the static map where it shows nothing to choose, and waits for it. */
export async function makeChartByTouch(page: Page): Promise<void> {
  const frame = page.locator('.map-chart');
  await frame.scrollIntoViewIfNeeded();
  const box = (await frame.boundingBox())!;
  const empty = await page.evaluate((box) => {
    const corners = [
      [box.x + 6, box.y + 6],
      [box.x + box.width - 6, box.y + 6],
    ];
    return corners.find(
      ([x, y]) =>
        !document.elementFromPoint(x!, y!)?.closest('[data-region], [data-project], [data-province]'),
    );
  }, box);
  await page.touchscreen.tap(empty![0]!, empty![1]!);
  await waitForMap(page);
  await expect(page.locator('.map-static')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
}
