import { expect, installPausedClock, listedIds, mapPoint, pinPoint, test, waitForMap } from './fixtures';

// A point well inside 信阳市 (Xinyang), away from its label.
const XINYANG: [number, number] = [114.9, 32.0];

test('clicking a prefecture on the map filters the list to its projects, and 河南省 clears it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const point = await mapPoint(page, XINYANG);
  await page.mouse.click(point.x, point.y);
  await expect(page.getByText('显示 2 / 35 项')).toBeVisible();
  expect(await listedIds(page)).toEqual([31, 32]);
  await expect(page.getByRole('combobox', { name: '地区' })).toHaveValue('411500');
  await expect(page).toHaveURL(/region=411500/);

  // The map has drilled into 信阳's counties; the breadcrumb goes back up.
  await page.getByRole('navigation', { name: '地图层级' }).getByRole('button', { name: '河南省' }).click();
  await expect(page.getByText('显示 35 / 35 项')).toBeVisible();
});

test('choosing a category changes the map colours', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const map = page.locator('[data-chart="map"]');
  const before = await map.screenshot();
  await page.getByRole('button', { name: /^立法 \d+ 项$/ }).click();
  await expect(page).toHaveURL(/cat=legislation/);
  await expect.poll(async () => Buffer.compare(await map.screenshot(), before)).not.toBe(0);
  // 信阳 (411500) has no legislation project: its fill must now be the "0 项" colour. Regions are keyed by adcode.
  const counts = await page.evaluate(() => {
    const option = window.__charts!.get('map')!.getOption() as {
      series: { id: string; data: { name: string; value: number }[] }[];
    };
    return Object.fromEntries(
      option.series.find((s) => s.id === 'regions')!.data.map((d) => [d.name, d.value]),
    );
  });
  expect(counts['411500']).toBe(0);
  expect(counts['411700']).toBe(1);
});

test('a deep link restores the view, and Back returns to the previous filter', async ({ page }) => {
  await page.goto('/?cat=supervision&level=county&project=32');
  await waitForMap(page);
  await expect(page.getByRole('button', { name: /^监督 \d+ 项$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /^县级 \d+ 项$/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await listedIds(page)).toContain(32);
  await expect(
    page.getByRole('complementary', { name: '突出监督刚性　促进专项债资金用准用快用好' }),
  ).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/project=/);
  await page.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  await expect(page).toHaveURL('/?cat=supervision');
  await page.goBack();
  await expect(page).toHaveURL('/?cat=supervision&level=county');
  await expect(page.getByRole('button', { name: /^县级 \d+ 项$/ })).toHaveAttribute('aria-pressed', 'true');
});

test('unknown or malformed URL values are ignored without errors', async ({ page }) => {
  await page.goto('/?cat=nonsense,legislation&level=%E0%A4&region=999999&project=99&foo=bar');
  await waitForMap(page);
  await expect(page.getByRole('button', { name: /^立法 \d+ 项$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL('/?cat=legislation');
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('typing a search replaces the history entry instead of adding one per key', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: /^市级 \d+ 项$/ }).click();
  await page.getByRole('searchbox', { name: '搜索' }).pressSequentially('立法');
  await expect(page).toHaveURL(/q=%E7%AB%8B%E6%B3%95/);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('clicking the 省级 marker filters to province level; a county pin opens its project', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const marker = await mapPoint(page, [113.63, 34.75]);
  // The pin's tip marks the capital; its head stands above it.
  await page.mouse.click(marker.x, marker.y - 24);
  await expect(page.getByText('显示 11 / 35 项')).toBeVisible();
  await expect(page.getByRole('button', { name: /^省级 \d+ 项$/ })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: '重置' }).click();
  const at = await pinPoint(page, 32);
  await page.mouse.click(at.x, at.y);
  await expect(
    page.getByRole('complementary', { name: '突出监督刚性　促进专项债资金用准用快用好' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/project=32/);
});

test('the first frame is the whole map: county pins stand at full size before any time passes', async ({
  page,
}) => {
  // Motion allowed (the tests' default reduces it), and a clock that moves only when told: what is drawn is
  // what the first frame holds.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await installPausedClock(page);
  await page.goto('/');
  await waitForMap(page);
  const colours = await page.evaluate(() => {
    const chart = window.__charts!.get('map')!;
    const option = chart.getOption() as { series: { id: string; data: { value: number[] }[] }[] };
    const canvas = document.querySelector<HTMLCanvasElement>('[data-chart="map"] canvas')!;
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const ctx = canvas.getContext('2d')!;
    return option.series
      .find((s) => s.id === 'pins')!
      .data.map((pin) => {
        const [x, y] = chart.convertToPixel({ geoIndex: 0 }, [pin.value[0]!, pin.value[1]!]) as number[];
        const [r, g, b] = ctx.getImageData(Math.round(x! * scale), Math.round(y! * scale), 1, 1).data;
        return [r, g, b];
      });
  });
  // Six pins, each the pin's blue at its centre; a pin still growing in would leave the region's warm fill there.
  expect(colours).toHaveLength(6);
  for (const [r, , b] of colours) expect(b! - r!).toBeGreaterThan(40);
});
