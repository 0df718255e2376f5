import type { Page } from '@playwright/test';
import { expect, listedIds, test, waitForMap } from './fixtures';

async function openCharts(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await waitForMap(page);
  await page.getByRole('heading', { name: '统计图表' }).scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    ['category', 'level', 'prefecture', 'level-category'].every((n) => window.__charts?.has(n)),
  );
}

/** Page coordinates of a data point of a chart, through the chart's own coordinate conversion. */
async function chartPoint(
  page: Page,
  chart: string,
  finder: object,
  value: (number | string)[],
): Promise<{ x: number; y: number }> {
  const element = page.locator(`[data-chart="${chart}"]`);
  await element.scrollIntoViewIfNeeded();
  const [x, y] = await page.evaluate(
    ([name, f, v]) =>
      window.__charts!.get(name as string)!.convertToPixel(f as object, v as number[]) as number[],
    [chart, finder, value] as const,
  );
  const box = await element.boundingBox();
  if (!box || x === undefined || y === undefined) throw new Error(`${chart} is not laid out`);
  return { x: box.x + x, y: box.y + y };
}

/** Clicks a chart at a data point. */
async function clickChart(
  page: Page,
  chart: string,
  finder: object,
  value: (number | string)[],
): Promise<void> {
  const at = await chartPoint(page, chart, finder, value);
  await page.mouse.click(at.x, at.y);
}

test('the statistics sit below the first screen, load lazily and follow the filters', async ({ page }) => {
  await page.goto('/?level=county');
  await waitForMap(page);
  const section = page.getByRole('region', { name: '统计图表' });
  await expect(section).toBeVisible();
  // Below the fold: the first screen fills the viewport.
  const box = await section.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(1080 - 1);
  await openCharts(page, '?level=county');
  for (const heading of ['按类别', '按层级', '按省辖市', '层级 × 类别']) {
    await expect(section.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(section.getByText('按主类别和兼属类别计数，一项可计入多个类别')).toBeVisible();
  const levels = await page.evaluate(() => {
    const option = window.__charts!.get('level')!.getOption() as { series: { data: { value: number }[] }[] };
    return option.series[0]!.data.map((d) => d.value);
  });
  // The level chart ignores the level filter, as the level chips do.
  expect(levels).toEqual([11, 18, 6]);
  const categories = await page.evaluate(() => {
    const option = window.__charts!.get('category')!.getOption() as {
      series: { data: { value: number }[] }[];
    };
    return option.series.map((s) => s.data.map((d) => d.value));
  });
  expect(categories[0]!.reduce((a, b) => a + b, 0)).toBe(6);
});

test('clicking bars sets the same filters as the filter panel, and again clears them', async ({ page }) => {
  await openCharts(page);

  await clickChart(page, 'category', { seriesId: 'primary' }, [3, '监督']);
  await expect(page).toHaveURL(/cat=supervision/);
  await expect(page.getByRole('button', { name: /^监督 \d+ 项$/ })).toHaveAttribute('aria-pressed', 'true');
  await clickChart(page, 'category', { seriesId: 'primary' }, [3, '监督']);
  await expect(page).not.toHaveURL(/cat=/);

  await clickChart(page, 'level', { seriesIndex: 0 }, ['县级', 3]);
  await expect(page).toHaveURL(/level=county/);
  await expect(page.getByText('显示 6 / 35 项')).toBeVisible();
  await clickChart(page, 'level', { seriesIndex: 0 }, ['县级', 3]);
  await expect(page.getByText('显示 35 / 35 项')).toBeVisible();

  await clickChart(page, 'prefecture', { seriesId: 'prefectures' }, [1, '信阳市']);
  await expect(page).toHaveURL(/region=411500/);
  expect(await listedIds(page)).toEqual([31, 32]);
  await clickChart(page, 'prefecture', { seriesId: 'province' }, [5, '省级（不计入郑州）']);
  await expect(page).toHaveURL(/level=province/);
  await expect(page).not.toHaveURL(/region=/);
  await expect(page.getByText('显示 11 / 35 项')).toBeVisible();
});

test('hovering a bar shows a tooltip naming it', async ({ page }) => {
  await openCharts(page);
  const bar = await chartPoint(page, 'level', { seriesIndex: 0 }, ['县级', 3]);
  await page.mouse.move(bar.x, bar.y);
  // ECharts' tooltip is the chart's topmost div.
  const tooltip = page.locator('[data-chart="level"] div[style*="z-index: 9999999"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('县级');
});

test('a heatmap cell narrows to its level and category in one step; Back undoes it', async ({ page }) => {
  await openCharts(page);
  // Column 2 = 代表工作, row 2 = 县级.
  await clickChart(page, 'level-category', { seriesIndex: 0 }, [2, 2]);
  await expect(page).toHaveURL(/cat=deputy&level=county/);
  await expect(page.getByText('显示 4 / 35 项')).toBeVisible();
  await page.goBack();
  await expect(page.getByText('显示 35 / 35 项')).toBeVisible();
  await expect(page).not.toHaveURL(/cat=|level=/);
});

test('on a phone the statistics wait until the reader scrolls toward them', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (/charts-section/.test(request.url())) asked.push(request.url());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForMap(page);
  // The first screen has settled, and the statistics were neither downloaded nor drawn.
  await expect(page.getByText('显示 35 / 35 项')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  expect(await page.evaluate(() => [...window.__charts!.keys()])).toEqual(['map']);
  await page.locator('.statistics-slot').scrollIntoViewIfNeeded();
  await expect(
    page.getByRole('region', { name: '统计图表' }).getByRole('heading', { name: '按类别' }),
  ).toBeVisible();
  expect(asked.length).toBeGreaterThan(0);
});
