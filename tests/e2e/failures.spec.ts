import type { Page } from '@playwright/test';
import { dropRequests, expect, listedIds, DRAWN_MAP_SHARE, paintedShare, test, waitForMap } from './fixtures';

// An intranet proxy drops a request: each lazily loaded part fails alone, says so in Chinese inside its own
// panel, and 重试 brings it back once the network is there again. The rest of the page keeps working throughout.

const STAT_CHARTS = ['category', 'level', 'prefecture', 'level-category'];

/** Where each element is laid out, in page coordinates (so scrolling does not change it), rounded to 1 px. */
async function layoutOf(page: Page, selectors: readonly string[]): Promise<Record<string, number[]>> {
  return page.evaluate((list) => {
    const boxes: Record<string, number[]> = {};
    for (const selector of list) {
      const el = document.querySelector(selector);
      const r = el?.getBoundingClientRect();
      boxes[selector] = r ? [r.left + scrollX, r.top + scrollY, r.width, r.height].map(Math.round) : [];
    }
    return boxes;
  }, selectors);
}

// A dropped download logs a network error, and React reports each failure its boundary caught to the console
// (details go there, not on the screen). Uncaught errors and unhandled rejections still fail the test.
test.beforeEach(({ guards }) => {
  guards.allowConsoleErrors.push(
    /Failed to load resource|dynamically imported module|load CSS|error occurred in|boom/i,
  );
});

const statisticsShown = (page: Page) =>
  page.waitForFunction((names) => names.every((n) => window.__charts?.has(n)), STAT_CHARTS);

async function filtersStillWork(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  await expect(page.getByText('显示 6 / 35 项')).toBeVisible();
  await page.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  await expect(page.getByText('显示 35 / 35 项')).toBeVisible();
}

// The four charts' panels and their grid: a clean load lays them out 2 × 2; without their stylesheet they stack.
const STAT_LAYOUT = ['.charts-grid', ...STAT_CHARTS.map((n) => `[data-chart-panel="${n}"]`)];

for (const [what, pattern] of [
  // The chunk's script and its stylesheet: Vite inserts the stylesheet first and imports the script after it.
  ['the statistics chunk and its stylesheet', /\/assets\/charts-section-[^/]+\.(js|css)$/],
  ['the statistics stylesheet', /\/assets\/charts-section-[^/]+\.css$/],
  ['the chart parts chunk', /\/assets\/echarts-lazy-parts-[^/]+\.js$/],
] as const) {
  test(`when ${what} fails, the statistics say so with 重试 and the first screen keeps working`, async ({
    page,
  }) => {
    await page.goto('/');
    await statisticsShown(page);
    const clean = await layoutOf(page, STAT_LAYOUT);

    const restore = await dropRequests(page, pattern);
    await page.reload();
    await waitForMap(page);
    const failure = page.getByRole('alert').filter({ hasText: '统计图表加载失败' });
    await expect(failure).toBeVisible();
    await expect(failure.getByRole('button', { name: '重试' })).toBeVisible();
    await expect(page.locator('#root')).toContainText('显示 35 / 35 项');
    expect(await paintedShare(page)).toBeGreaterThan(DRAWN_MAP_SHARE);
    await filtersStillWork(page);
    // No raw error or URL on the screen.
    await expect(page.locator('body')).not.toContainText(/TypeError|http:|\.js/);

    // 重试 while the network is still down asks again (the stylesheet too) and says so again.
    let dropped = 0;
    page.on('requestfailed', (request) => {
      if (pattern.test(request.url())) dropped += 1;
    });
    await failure.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => dropped).toBeGreaterThan(0);
    await expect(failure).toBeVisible();

    await restore();
    await failure.getByRole('button', { name: '重试' }).click();
    await statisticsShown(page);
    await expect(page.getByRole('heading', { name: '统计图表' })).toBeVisible();
    await expect(page.getByText('统计图表加载失败')).toHaveCount(0);
    // Styled as after a clean load: the four charts 2 × 2, not stacked over each other.
    expect(await layoutOf(page, STAT_LAYOUT)).toEqual(clean);
  });
}

const PRESENT_LAYOUT = [
  '.present',
  '.present-header',
  '.present-main',
  '.present-map',
  '.tour-panel',
  '.present-footer',
];

test('when the presentation chunk fails, the screen says so with 重试 and a way back', async ({ page }) => {
  await page.goto('/?mode=present');
  await expect(page.getByRole('group', { name: '演示控制' })).toBeVisible();
  await waitForMap(page);
  const clean = await layoutOf(page, PRESENT_LAYOUT);

  const restore = await dropRequests(page, /\/assets\/present-screen-[^/]+\.(js|css)$/);
  await page.reload();
  const failure = page.getByRole('alert').filter({ hasText: '演示模式加载失败' });
  await expect(failure).toBeVisible();
  // 退出演示 leads back to a working office layout.
  await failure.getByRole('button', { name: '退出演示' }).click();
  await waitForMap(page);
  await filtersStillWork(page);

  // Entering again fails again while the network is down; 重试 once it is back shows the presentation.
  await page.getByRole('button', { name: '演示模式' }).click();
  await expect(failure).toBeVisible();
  await restore();
  await failure.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('group', { name: '演示控制' })).toBeVisible();
  await waitForMap(page);
  // Laid out as after a clean load, not as an unstyled list.
  expect(await layoutOf(page, PRESENT_LAYOUT)).toEqual(clean);
});

test('when the map geometry fails, the static map stays with a note, and 重试 paints the chart and loads the statistics', async ({
  page,
}) => {
  const restore = await dropRequests(page, /\/assets\/henan-[^/]+\.js$/);
  await page.goto('/');
  const mapPanel = page.getByRole('region', { name: '地图' });
  const note = mapPanel.getByRole('status').filter({ hasText: '交互地图加载失败' });
  await expect(note).toContainText('交互地图加载失败，当前为静态地图');
  await expect(note).not.toContainText(/TypeError|http|\.js|Failed/);
  // The list and the filters work without the chart; under a filter the static map is not true, and goes.
  await page.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  await expect(mapPanel.getByRole('alert')).toContainText('地图加载失败');
  await expect(page.locator('.map-static-slot')).toHaveCount(0);
  await page.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  expect(await listedIds(page)).toHaveLength(35);

  await restore();
  await note.getByRole('button', { name: '重试' }).click();
  await waitForMap(page);
  expect(await paintedShare(page)).toBeGreaterThan(DRAWN_MAP_SHARE);
  await statisticsShown(page);
});

test('county pins and names need no county map: with every county map failing, all six pins are on the first map', async ({
  page,
}) => {
  // Every county-shape chunk (named by its prefecture's code) fails; only a drill needs them.
  const countyChunk = /\/assets\/41\d{4}-[^/]+\.js$/;
  const asked: string[] = [];
  page.on('request', (request) => {
    if (countyChunk.test(request.url())) asked.push(request.url());
  });
  await dropRequests(page, countyChunk);
  await page.goto('/?level=county&project=32');
  await waitForMap(page);
  const pinNames = await page.evaluate(() => {
    const option = window.__charts!.get('map')!.getOption() as {
      series: { id: string; data: { name: string }[] }[];
    };
    return option.series.find((s) => s.id === 'pins')!.data.map((d) => d.name);
  });
  expect(pinNames.sort()).toEqual(['临颍县', '北关区', '华龙区', '固始县', '虞城县', '金水区'].sort());
  expect(await listedIds(page)).toEqual([13, 18, 23, 26, 30, 32]);
  // The detail names the project's county (from county-points.json) without the county shapes.
  await expect(page.getByRole('definition').filter({ hasText: '信阳市 · 固始县' })).toBeVisible();
  expect(asked).toEqual([]);
});

test('a chart that throws while updating shows 重试 in its own panel; the other charts keep following the filters', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await statisticsShown(page);
  // The level chart breaks: its next update throws.
  await page.evaluate(() => {
    const chart = window.__charts!.get('level')!;
    chart.setOption = () => {
      throw new Error('boom');
    };
  });
  const supervision = page.getByRole('button', { name: /^监督 \d+ 项$/ });
  const count = Number((await supervision.textContent())?.match(/(\d+)\D*$/)?.[1]);
  await supervision.click();
  const levelPanel = page.locator('[data-chart-panel="level"]');
  const failure = levelPanel.getByRole('alert');
  await expect(failure).toContainText('图表「按层级」显示出错');
  await expect(page.getByText(`显示 ${count} / 35 项`)).toBeVisible();
  // The other charts still follow the filters.
  const categoryData = () =>
    page.evaluate(() => JSON.stringify(window.__charts!.get('category')!.getOption().series));
  const before = await categoryData();
  await page.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  await expect.poll(categoryData).not.toBe(before);

  // 重试 draws the chart anew (a fresh instance, without the broken setOption).
  await failure.getByRole('button', { name: '重试' }).click();
  await expect(levelPanel.locator('[data-chart="level"] canvas')).toBeVisible();
  await expect(levelPanel.getByRole('alert')).toHaveCount(0);
});

test('when a prefecture’s county map fails, the drill says so with 重试 and the province map stays usable', async ({
  page,
}) => {
  const restore = await dropRequests(page, /\/assets\/411500-[^/]+\.js$/);
  await page.goto('/?region=411500');
  await waitForMap(page);
  const failure = page.getByRole('region', { name: '地图' }).getByRole('alert');
  await expect(failure).toContainText('县区地图加载失败');
  await expect(failure).not.toContainText(/TypeError|http|\.js|Failed/);
  // The list follows the region; the map stays on the province.
  expect(await listedIds(page)).toEqual([31, 32]);
  const mapName = () =>
    page.evaluate(() => (window.__charts!.get('map')!.getOption() as { geo: { map: string }[] }).geo[0]!.map);
  expect(await mapName()).toBe('henan');

  await restore();
  await failure.getByRole('button', { name: '重试' }).click();
  await expect.poll(mapName).toBe('counties-411500');
  await expect(failure).toBeHidden();
});
