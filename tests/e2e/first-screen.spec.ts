import { expect, listedIds, DRAWN_MAP_SHARE, mapPoint, paintedShare, test, waitForMap } from './fixtures';

test('the first screen shows the title, a painted map of Henan and all 35 projects', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('河南省人大系统“出彩工作”（2022年度）');
  await waitForMap(page);
  expect(await paintedShare(page)).toBeGreaterThan(DRAWN_MAP_SHARE);
  expect(await listedIds(page)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  // The map's regions as a screen reader finds them (its table): the 18 prefecture-level divisions.
  const table = page.getByRole('table', { name: '各省辖市出彩工作项目数' });
  for (const name of ['郑州市', '信阳市', '南阳市', '济源市']) {
    await expect(table.getByRole('row', { name: new RegExp(name) })).toHaveCount(1);
  }
  // A row per division, each headed by its name, and one for the province level.
  await expect(table.getByRole('rowheader')).toHaveCount(18 + 1);
  await expect(table.getByRole('rowheader', { name: '省级' })).toHaveCount(1);
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
