import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

// An export never goes silent or lies: a failed download says so in Chinese (details in the console only), and
// the whole-dashboard image has all its charts or is not made.

test.beforeEach(({ guards }) => {
  guards.allowConsoleErrors.push(
    /Failed to load resource|dynamically imported module|load CSS|error occurred in|导出失败/i,
  );
});

const status = (page: Page) => page.getByRole('status').filter({ hasText: '导出' });

/** The height in pixels of a downloaded PNG (its IHDR chunk). */
async function pngHeight(file: Download): Promise<number> {
  return (await readFile(await file.path())).readUInt32BE(20);
}

const STATISTICS = /\/assets\/charts-section-[^/]+\.(js|css)$/;

for (const [button, chunk] of [
  ['导出PNG：地图', /\/assets\/export-images-[^/]+\.js$/],
  ['导出CSV', /\/assets\/export-list-[^/]+\.js$/],
] as const) {
  test(`${button} whose code fails to download says so in Chinese, with the details in the console`, async ({
    page,
    guards,
  }) => {
    await page.route(chunk, (route) => route.abort('connectionreset'));
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: button }).click();
    await expect(status(page)).toHaveText('导出失败：网络中断，请重试');
    await expect(status(page)).not.toContainText(/Failed|http|\.js/);
    // The details (what failed, where) are in the console.
    expect(guards.consoleErrors.some((e) => /^导出失败.*dynamically imported module: http/s.test(e))).toBe(
      true,
    );
  });
}

test('导出看板PNG before the statistics have come draws them from the scene: the image is whole at once', async ({
  page,
}) => {
  // The statistics download is held: the page has no statistics chart yet.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(STATISTICS, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await waitForMap(page);
  const early = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出看板PNG' }).click();
  const earlyHeight = await pngHeight(await early);
  await expect(status(page)).toHaveText(/^已导出：出彩工作2022-看板-全部-\d{8}\.png$/);
  await expect(page.getByText('统计图表加载中……')).toBeVisible();

  // The same export with everything on screen makes an image of the same size.
  release();
  await expect(page.locator('[data-chart="level"] canvas')).toBeVisible();
  const later = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出看板PNG' }).click();
  expect(await pngHeight(await later)).toBe(earlyHeight);
});

test('导出看板PNG with the statistics’ panel failed still makes the whole image: its charts come from the scene', async ({
  page,
}) => {
  const drop = (route: Parameters<Parameters<Page['route']>[1]>[0]) => route.abort('connectionreset');
  await page.route(STATISTICS, drop);
  await page.goto('/');
  await waitForMap(page);
  const failure = page.getByRole('alert').filter({ hasText: '统计图表加载失败' });
  await expect(failure).toBeVisible();

  const failedPanel = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出看板PNG' }).click();
  const file = await failedPanel;
  expect(file.suggestedFilename()).toMatch(/^出彩工作2022-看板-全部-\d{8}\.png$/);
  const height = await pngHeight(file);

  // With the panel back, the same image.
  await page.unroute(STATISTICS, drop);
  await failure.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('[data-chart="level"] canvas')).toBeVisible();
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出看板PNG' }).click();
  expect(await pngHeight(await again)).toBe(height);
});
