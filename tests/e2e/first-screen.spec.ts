import { expect, listedIds, DRAWN_MAP_SHARE, mapPoint, paintedShare, test, waitForMap } from './fixtures';

test('the first screen shows the title, a painted map of Henan and all 35 projects', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('河南省人大系统“出彩工作”（2022年度）');
  await waitForMap(page);
  expect(await paintedShare(page)).toBeGreaterThan(DRAWN_MAP_SHARE);
  expect(await listedIds(page)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  // The map is drawn from data/geo/henan.json: 18 prefecture-level divisions.
  const regions = await page.evaluate(() => {
    const option = window.__charts!.get('map')!.getOption() as { series: { id: string; data: unknown[] }[] };
    return option.series.find((s) => s.id === 'regions')!.data.length;
  });
  expect(regions).toBe(18);
});

test('hovering a region of the map shows a tooltip naming it, from the first hover on', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  // 南阳市: a region without a pin or a label over its middle.
  const point = await mapPoint(page, [112.2, 33.2]);
  await page.mouse.move(point.x - 5, point.y);
  await page.mouse.move(point.x, point.y);
  // ECharts' tooltip is the chart's topmost div (the map's own labels are drawn on its canvas).
  const tooltip = page.locator('[data-chart="map"] div[style*="z-index: 9999999"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('南阳市');
});
