// The map never shows a place other than the one chosen: while a prefecture's county map is slow or fails, the
// breadcrumb, the map, the tour and every export say what is really drawn. Slow and failed downloads are routed.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, FAKE_NOW, installPausedClock, shownMap, test, waitForMap, holdRequests } from './fixtures';

const run = promisify(execFile);

const TITLE = '河南省人大系统“出彩工作”（2022年度）';
const DRILL_NOTE = '颜色：各县（市、区）县级项目数';
const PROVINCE_NOTE = '颜色：各省辖市市级、县级项目数';
// Names only 信阳's county map draws.
const XINYANG_ONLY = ['浉河区', '平桥区', '罗山县', '潢川县', '信阳市 市级 1 项'];

/** A county-map chunk, named by its prefecture's code. */
const countyChunk = (code: string) => new RegExp(`/assets/${code}-[^/]+\\.js$`);

/**
 * Drops requests for matching build files (the network fails) until the returned undo is called; counts them. A
 * 404 would say something else: the file is gone after a new deploy, and the page reloads once to get the new one
 * (reload-when-stale.ts), which raced this test's steps.
 */
async function failRequests(page: Page, pattern: RegExp) {
  const asked: string[] = [];
  const handler = (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    asked.push(route.request().url());
    return route.abort('failed');
  };
  await page.route(pattern, handler);
  return { asked, restore: () => page.unroute(pattern, handler) };
}

/** Opens 信阳 by link and waits until its counties are drawn. */
async function openXinyang(page: Page): Promise<void> {
  await page.goto('/?region=411500');
  await waitForMap(page);
  await expect.poll(() => shownMap(page)).toEqual({ map: 'counties-411500', selected: [] });
}

const breadcrumb = (page: Page) => page.getByRole('navigation', { name: '地图层级' });

/** Breadcrumb levels as read (the › between them is drawn by CSS). */
// What the breadcrumb reads, item by item: the › between them is hidden from screen readers and left out here.
const trail = (page: Page) =>
  breadcrumb(page)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) =>
        [...li.childNodes]
          .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
          .map((n) => n.textContent)
          .join('')
          .trim(),
      ),
    );

/**
 * Records the text every exported PNG paints: its frame's words and the labels ECharts draws into the off-screen
 * chart. Canvases on the page (the live charts) are left out.
 */
async function recordExportedText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const painted: string[] = [];
    (window as unknown as { __exportedText: string[] }).__exportedText = painted;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
      if (!this.canvas.isConnected) painted.push(String(text));
      if (maxWidth === undefined) fillText.call(this, text, x, y);
      else fillText.call(this, text, x, y, maxWidth);
    };
  });
}

const painted = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __exportedText: string[] }).__exportedText]);

/** Starts listening for an export's download (and forgets what earlier exports painted). */
async function expectExport(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __exportedText: string[] }).__exportedText.length = 0;
  });
  const download = page.waitForEvent('download');
  return async () => {
    const file = await download;
    return { name: file.suggestedFilename(), path: await file.path(), painted: await painted(page) };
  };
}

/** Clicks an export button and returns the download's name, its path and the text its PNG painted (if a PNG). */
async function exportFile(page: Page, button: string) {
  const exported = await expectExport(page);
  await page.getByRole('button', { name: button }).click();
  return exported();
}

async function svgText(page: Page, path: string): Promise<string> {
  const source = await readFile(path, 'utf8');
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return doc.querySelector('parsererror') ? 'PARSE ERROR' : (doc.documentElement.textContent ?? '');
  }, source);
}

test.beforeEach(async ({ page, guards }) => {
  // A routed 404 logs a network error, and the app logs the failed load for developers (on the console only).
  guards.allowConsoleErrors.push(/Failed to load resource|dynamically imported module/i);
  await recordExportedText(page);
});

test('drilled exports (PNG, SVG and the deck’s map slide) carry the county caption and the 市级 marker', async ({
  page,
}) => {
  await page.clock.setFixedTime(FAKE_NOW);
  await openXinyang(page);

  const png = await exportFile(page, '导出PNG：地图');
  expect(png.painted).toContain(`${TITLE} · 地图 · 信阳市`);
  expect(png.painted.some((t) => t.includes(DRILL_NOTE) && t.includes('市级'))).toBe(true);
  expect(png.painted.some((t) => t.includes(PROVINCE_NOTE))).toBe(false);
  expect(png.painted).toContain('信阳市 市级 1 项');

  const svg = await svgText(page, (await exportFile(page, '导出SVG：地图')).path);
  expect(svg).toContain(DRILL_NOTE);
  expect(svg).toMatch(/县级项目数[^颜]*市级项目/u);
  expect(svg).not.toContain(PROVINCE_NOTE);

  const deck = await exportFile(page, '导出PPT');
  const { stdout: slide } = await run('unzip', ['-p', deck.path, 'ppt/slides/slide2.xml']);
  const words = [...slide.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => m[1]).join('');
  expect(words).toContain('分布地图');
  expect(words).toContain(DRILL_NOTE);
  expect(words).toMatch(/县级项目数[^颜]*市级项目/u);
  expect(words).not.toContain(PROVINCE_NOTE);
  expect(slide).toContain('descr="信阳市地图');
});

test('a slow county map: the breadcrumb names the chosen prefecture, the province map highlights it with 加载中, and 导出PNG waits for the drilled map', async ({
  page,
}) => {
  await openXinyang(page);
  // The export code is fetched on the first export; fetch it now, so the export below starts at once.
  await exportFile(page, '导出SVG：地图');

  const slow = await holdRequests(page, countyChunk('410100'));
  await page.getByRole('combobox', { name: '地区' }).selectOption('410100');
  await expect(page).toHaveURL(/\?region=410100$/);
  await expect.poll(() => slow.held.length).toBeGreaterThan(0);
  expect(await trail(page)).toEqual(['河南省', '郑州市']);
  await expect.poll(() => shownMap(page)).toEqual({ map: 'henan', selected: ['410100'] });
  const mapPanel = page.getByRole('region', { name: '地图' });
  await expect(mapPanel.getByText('郑州市县区地图加载中')).toBeVisible();
  // The way up works while it loads.
  await expect(breadcrumb(page).getByRole('button', { name: '河南省' })).toBeVisible();

  // 导出PNG now waits for the county map, and says so.
  const exported = await expectExport(page);
  await page.getByRole('button', { name: '导出PNG：地图' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '郑州市县区地图加载中，加载完成后导出' }),
  ).toBeVisible();
  slow.release();
  const png = await exported();
  await expect.poll(() => shownMap(page)).toEqual({ map: 'counties-410100', selected: [] });
  await expect(mapPanel.getByText('郑州市县区地图加载中')).toBeHidden();
  expect(png.name).toMatch(/^出彩工作2022-地图-郑州市-\d{8}\.png$/u);
  expect(png.painted).toContain(`${TITLE} · 地图 · 郑州市`);
  expect(png.painted.some((t) => t.includes(DRILL_NOTE))).toBe(true);
  expect(png.painted).toContain('郑州市 市级 1 项');
  for (const name of XINYANG_ONLY) expect(png.painted).not.toContain(name);
});

test('a failed county map: the province with the prefecture highlighted, 县区地图加载失败, 河南省 goes up and 重试 drills', async ({
  page,
}) => {
  await openXinyang(page);

  const down = await failRequests(page, countyChunk('410100'));
  const select = page.getByRole('combobox', { name: '地区' });
  await select.selectOption('410100');
  const failure = page.getByRole('region', { name: '地图' }).getByRole('alert');
  await expect(failure).toContainText('县区地图加载失败');
  await expect(failure).not.toContainText(/TypeError|http|\.js|Failed/);
  expect(await trail(page)).toEqual(['河南省', '郑州市']);
  await expect.poll(() => shownMap(page)).toEqual({ map: 'henan', selected: ['410100'] });

  // An export now shows the province map that is drawn, and says so: no drilled title, no county caption.
  const png = await exportFile(page, '导出PNG：地图');
  expect(png.painted).toContain(`${TITLE} · 地图`);
  expect(png.painted.some((t) => t.includes(' · 地图 · '))).toBe(false);
  expect(png.painted.some((t) => t.includes(PROVINCE_NOTE))).toBe(true);
  expect(png.painted.some((t) => t.includes(DRILL_NOTE))).toBe(false);
  expect(png.painted.join('')).toContain('郑州市县区地图未能加载');
  for (const name of XINYANG_ONLY) expect(png.painted).not.toContain(name);

  // A way up: the breadcrumb's 河南省.
  await breadcrumb(page).getByRole('button', { name: '河南省' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => shownMap(page)).toEqual({ map: 'henan', selected: [] });
  await expect(failure).toBeHidden();

  // Choosing it again fails again; once the network is back, 重试 downloads it and drills in.
  await select.selectOption('410100');
  await expect(failure).toContainText('县区地图加载失败');
  const askedBefore = down.asked.length;
  await down.restore();
  await failure.getByRole('button', { name: '重试' }).click();
  await expect.poll(() => shownMap(page)).toEqual({ map: 'counties-410100', selected: [] });
  await expect(failure).toBeHidden();
  expect(await trail(page)).toEqual(['河南省', '郑州市']);
  expect(askedBefore).toBeGreaterThan(0);
});

test('the tour never shows another stop’s counties: a slow 开封 stop shows the province with 开封 highlighted', async ({
  page,
}) => {
  const slow = await holdRequests(page, countyChunk('410200'));
  await installPausedClock(page);
  await page.goto('/?mode=present&interval=15');
  await waitForMap(page);
  const announcement = page.getByTestId('tour-announcement');
  await expect(announcement).toHaveText(/^省级/);
  for (let i = 0; i < 6; i += 1) await page.clock.runFor(15_000);
  await expect(announcement).toHaveText(/^郑州市/);
  await expect.poll(async () => (await shownMap(page)).map).toBe('counties-410100');

  await page.clock.runFor(15_000);
  await expect(announcement).toHaveText(/^开封市/);
  await expect.poll(() => slow.held.length).toBeGreaterThan(0);
  await expect.poll(() => shownMap(page)).toEqual({ map: 'henan', selected: ['410200'] });
  expect(await trail(page)).toEqual(['河南省', '开封市']);
  await expect(page.getByRole('region', { name: '地图' }).getByText('开封市县区地图加载中')).toBeVisible();

  slow.release();
  await expect.poll(async () => (await shownMap(page)).map).toBe('counties-410200');
  await expect(page.getByText('开封市县区地图加载中')).toBeHidden();
});
