import type { Page } from '@playwright/test';
import { expect, installPausedClock, listedIds, mapPoint, shownMap, test, waitForMap } from './fixtures';

// A point well inside 信阳市 (Xinyang) on the province map.
const XINYANG: [number, number] = [114.9, 32.0];

const mapName = async (page: Page) => (await shownMap(page)).map;

/** The map's visible text labels with their boxes (chart pixels), as ECharts laid them out. */
function visibleLabels(page: Page) {
  return page.evaluate(() => {
    const zr = window.__charts!.get('map')!.getZr();
    const labels: { text: string; x: number; y: number; width: number; height: number }[] = [];
    for (const el of zr.storage.getDisplayList(true)) {
      const text = (el.style as { text?: string } | undefined)?.text;
      if (!text || el.ignore || el.invisible || (/ 项$/.test(text) && !text.includes('市级'))) continue;
      const box = el.getBoundingRect().clone();
      if (el.transform) box.applyTransform(el.transform);
      labels.push({ text, x: box.x, y: box.y, width: box.width, height: box.height });
    }
    return labels;
  });
}

/** Where a county's name point is on the drilled map (the names series holds it). */
async function countyPoint(page: Page, code: string) {
  const coord = await page.evaluate((county) => {
    const option = window.__charts!.get('map')!.getOption() as {
      series: { id: string; data: { name: string; value: number[] }[] }[];
    };
    const item = option.series.find((s) => s.id === 'county-names')!.data.find((d) => d.name === county)!;
    return [item.value[0]!, item.value[1]!] as [number, number];
  }, code);
  return mapPoint(page, coord);
}

const XINYANG_COUNTIES = [
  '浉河区',
  '平桥区',
  '罗山县',
  '光山县',
  '新县',
  '商城县',
  '固始县',
  '潢川县',
  '淮滨县',
  '息县',
];

test('a link with region=411500 shows 信阳’s ten counties by name, 固始县 marked and 信阳市’s own project', async ({
  page,
}) => {
  await page.goto('/?region=411500');
  await waitForMap(page);
  await expect.poll(() => mapName(page)).toBe('counties-411500');
  await expect(page.getByRole('navigation', { name: '地图层级' })).toHaveText(/河南省\s*›?\s*信阳市/);

  const labels = await visibleLabels(page);
  const texts = labels.map((l) => l.text);
  for (const county of XINYANG_COUNTIES) expect(texts).toContain(county);
  expect(texts).toContain('信阳市 市级 1 项');
  // No two names overlap.
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.text} / ${b.text}`).toBe(true);
    }
  }
  // 固始县 carries the county-level project: filled with the 1-project colour and pinned.
  const gushi = await page.evaluate(() => {
    const option = window.__charts!.get('map')!.getOption() as {
      series: { id: string; data: { name: string; value: unknown; symbolSize?: number }[] }[];
    };
    const counts = option.series.find((s) => s.id === 'counties')!.data;
    const names = option.series.find((s) => s.id === 'county-names')!.data;
    return {
      count: counts.find((d) => d.name === '411525')!.value,
      pin: names.find((d) => d.name === '411525')!.symbolSize,
      others: counts.filter((d) => d.name !== '411525').every((d) => d.value === 0),
    };
  });
  expect(gushi).toEqual({ count: 1, pin: expect.any(Number), others: true });
  // A pin, not a dot: a county without a project has a 1-px anchor for its name; a pinned one a real pin.
  expect(gushi.pin).toBeGreaterThan(4);
});

test('clicking a prefecture drills in; 河南省 and Back go up, Forward comes down again', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  expect(await mapName(page)).toBe('henan');
  const point = await mapPoint(page, XINYANG);
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/\?region=411500$/);
  await expect.poll(() => mapName(page)).toBe('counties-411500');
  expect(await listedIds(page)).toEqual([31, 32]);

  await page.getByRole('navigation', { name: '地图层级' }).getByRole('button', { name: '河南省' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => mapName(page)).toBe('henan');
  // The pressed crumb is now where the map is; focus stays on the trail.
  await expect(page.getByRole('navigation', { name: '地图层级' }).locator('[aria-current]')).toBeFocused();
  await expect(page.getByText('显示 35 / 35 项')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?region=411500$/);
  await expect.poll(() => mapName(page)).toBe('counties-411500');
  await page.goBack();
  await expect.poll(() => mapName(page)).toBe('henan');
  await page.goForward();
  await expect.poll(() => mapName(page)).toBe('counties-411500');
});

test('choosing a prefecture in the 地区 select drills in; 全省 goes back up', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const select = page.getByRole('combobox', { name: '地区' });
  await select.selectOption('419001');
  await expect.poll(() => mapName(page)).toBe('counties-419001');
  // 济源 is its own only county: one region, filling the view, with its city-level project as the marker.
  const labels = (await visibleLabels(page)).map((l) => l.text);
  expect(labels).toEqual(['济源市 市级 1 项']);
  await select.selectOption('');
  await expect.poll(() => mapName(page)).toBe('henan');
});

test('clicking a county with one project chooses it (county= in the URL) and opens the project', async ({
  page,
}) => {
  await page.goto('/?region=411500');
  await waitForMap(page);
  await expect.poll(() => mapName(page)).toBe('counties-411500');
  const gushi = await countyPoint(page, '411525');
  await page.mouse.click(gushi.x, gushi.y);
  await expect(page).toHaveURL(/region=411500&county=411525/);
  expect(await listedIds(page)).toEqual([32]);
  await expect(
    page.getByRole('complementary', { name: '突出监督刚性　促进专项债资金用准用快用好' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: '地图层级' })).toContainText('固始县');
  await expect.poll(async () => (await shownMap(page)).selected).toEqual(['411525']);

  // A county without projects is not a choice.
  await page.keyboard.press('Escape');
  const xixian = await countyPoint(page, '411528');
  await page.mouse.click(xixian.x, xixian.y);
  await expect(page).toHaveURL(/county=411525/);

  // The breadcrumb's 信阳市 goes back to the whole prefecture.
  await page.getByRole('navigation', { name: '地图层级' }).getByRole('button', { name: '信阳市' }).click();
  await expect(page).toHaveURL(/\?region=411500$/);
});

test('a county link that does not belong to its region is dropped', async ({ page }) => {
  await page.goto('/?region=410100&county=411525');
  await waitForMap(page);
  await expect(page).toHaveURL(/\?region=410100$/);
});

test('the map as a table: reachable without the toggle, rows chosen by keyboard filter like a click', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  // Screen readers find the table without pressing 表格.
  const table = page.getByRole('table', { name: '各省辖市出彩工作项目数' });
  await expect(table).toBeAttached();
  await expect(table.getByRole('row', { name: /郑州市/ })).toHaveText(/郑州市\s*1\s*1\s*2/);

  const toggle = page.getByRole('button', { name: '表格' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(table).toBeVisible();
  await expect(page.locator('[data-chart="map"]')).toBeHidden();

  await table.getByRole('button', { name: '信阳市' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?region=411500$/);
  expect(await listedIds(page)).toEqual([31, 32]);

  const counties = page.getByRole('table', { name: '信阳市各县（市、区）出彩工作项目数' });
  await expect(counties.getByRole('row')).toHaveCount(1 + 1 + 10);
  // The keyboard user stays in the table, on its first row.
  await expect(counties.getByRole('button', { name: '信阳市（市本级）' })).toBeFocused();
  await counties.getByRole('button', { name: '固始县' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/county=411525/);

  await toggle.click();
  await expect(page.locator('[data-chart="map"]')).toBeVisible();
});

test('the tour drills into each prefecture stop and shows the province for 省级', async ({ page }) => {
  await installPausedClock(page);
  await page.goto('/?mode=present&interval=15');
  await waitForMap(page);
  const announcement = page.getByTestId('tour-announcement');
  await expect(announcement).toHaveText(/^省级/);
  expect(await mapName(page)).toBe('henan');
  // Six 省级 pages, then 郑州市, then 开封市.
  for (let i = 0; i < 6; i += 1) await page.clock.runFor(15_000);
  await expect(announcement).toHaveText(/^郑州市/);
  await expect.poll(() => shownMap(page)).toEqual({ map: 'counties-410100', selected: ['410105'] });
  await expect(page.getByRole('navigation', { name: '地图层级' })).toContainText('郑州市');
  await page.clock.runFor(15_000);
  await expect(announcement).toHaveText(/^开封市/);
  await expect.poll(() => mapName(page)).toBe('counties-410200');
  // The filters and the URL are untouched; going back to 省级 shows the province.
  await expect(page).toHaveURL(/\?mode=present&interval=15$/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(announcement).toHaveText(/^省级/);
  await expect.poll(() => mapName(page)).toBe('henan');
});
