import type { Page } from '@playwright/test';
import { appStarted, dropRequests, expect, holdRequests, listedIds, test, waitForMap } from './fixtures';

// Rarer loading states, each with a part slow or failing (Playwright's routing), and what every surface then
// shows: the page always tells what was chosen, names what is missing, and never puts another place, year or
// picture in its stead. The year cases are in years.spec.ts (they need two lists).

test.beforeEach(({ guards }) => {
  // A dropped download logs a network error; the failure's details go to the console, never on the screen.
  guards.allowConsoleErrors.push(/Failed to load resource|dynamically imported module/i);
});

/** The key figure of this label, as shown. */
const figure = (page: Page, label: string) =>
  page
    .locator('.key-figure')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.key-value');

/** What the map chart draws: its map, the 省级 marker's count and the pins' projects. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const option = window.__charts!.get('map')!.getOption() as {
      geo: { map: string }[];
      series: { id: string; data?: { value?: unknown }[] }[];
    };
    const series = (id: string) => option.series.find((s) => s.id === id)?.data ?? [];
    return {
      map: option.geo[0]!.map,
      // The 省级 marker stands always; its plate counts the province-level projects drawn (「省级 0 项」).
      provinceCount: (series('province')[0]?.value as number[] | undefined)?.[2],
      pins: series('pins').map((d) => (d.value as number[])[2]!),
    };
  });
}

test('郑州市 chosen while its county map fails: the province stands in with 郑州’s projects only, and says so', async ({
  page,
}) => {
  const restore = await dropRequests(page, /\/assets\/410100-[^/]+\.js$/);
  await page.goto('/?region=410100');
  await waitForMap(page);
  const mapPanel = page.getByRole('region', { name: '地图' });
  await expect(mapPanel.getByRole('alert')).toContainText('郑州市县区地图加载失败');
  // The figures, the list and the map count the same projects: 郑州's own and 金水区's.
  await expect(figure(page, '省级')).toHaveText('0');
  await expect(figure(page, '县级')).toHaveText('1');
  const listed = await listedIds(page);
  expect(listed).toHaveLength(2);
  const map = await drawn(page);
  expect(map.map).toBe('henan');
  expect(map.provinceCount).toBe(0);
  expect(map.pins.every((id) => listed.includes(id))).toBe(true);
  expect(map.pins).toHaveLength(1);

  await restore();
  await mapPanel.getByRole('button', { name: '重试' }).click();
  await expect.poll(async () => (await drawn(page)).map).toBe('counties-410100');
  await expect(mapPanel.getByRole('alert')).toHaveCount(0);
});

test('while the list is slow, the prerendered first screen stays: no 看板尚未打开 over a running page', async ({
  page,
}) => {
  const list = await holdRequests(page, /\/assets\/2022-[^/]+\.js$/);
  await page.goto('/');
  // The page's own script runs (it hides the message for a page that cannot start) while the list is held.
  await expect(page.locator('.boot-stale')).toBeHidden();
  await expect(page.locator('.boot-stale')).toHaveAttribute('hidden', '');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.map-static-slot svg')).toBeVisible();
  list.release();
  await appStarted(page);
  await waitForMap(page);
  expect(await listedIds(page)).toHaveLength(35);
});

test('a chart chunk that keeps failing leaves the true static map, with a note and 重试 that draws the chart', async ({
  page,
}) => {
  const restore = await dropRequests(page, /\/assets\/map-chart-[^/]+\.js$/);
  await page.goto('/');
  const mapPanel = page.getByRole('region', { name: '地图' });
  const note = mapPanel.getByText('交互地图加载失败，当前为静态地图');
  await expect(note).toBeVisible();
  await expect(page.locator('.map-static-slot svg')).toBeVisible();
  await expect(mapPanel.getByRole('img', { name: /分布地图/ })).toBeVisible();
  await expect(mapPanel.getByRole('alert')).toHaveCount(0);

  await restore();
  await mapPanel.getByRole('button', { name: '重试' }).click();
  await waitForMap(page);
  await expect(note).toHaveCount(0);
  await expect(page.locator('.map-static-slot')).toHaveCount(0);
});

test('a chart chunk failing under a view the static map does not show: 地图加载失败 with 重试, never the static map', async ({
  page,
}) => {
  const restore = await dropRequests(page, /\/assets\/map-chart-[^/]+\.js$/);
  await page.goto('/?level=county');
  const mapPanel = page.getByRole('region', { name: '地图' });
  await expect(mapPanel.getByRole('alert')).toContainText('地图加载失败');
  await expect(page.locator('.map-static-slot')).toHaveCount(0);
  expect(await listedIds(page)).toHaveLength(6);
  await restore();
  await mapPanel.getByRole('button', { name: '重试' }).click();
  await waitForMap(page);
  expect((await drawn(page)).pins).toHaveLength(6);
});
