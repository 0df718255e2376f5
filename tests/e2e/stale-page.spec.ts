import type { Page, Request } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

// A browser holding index.html from an older deploy asks for build files the server no longer has (404). The
// page never stays white: it reloads once for a missing lazy chunk, and says so in Chinese, with 刷新, when even
// its entry is missing.

test.beforeEach(({ guards }) => {
  guards.allowConsoleErrors.push(/Failed to load resource|dynamically imported module|error occurred in/i);
});

/** Answers the matching requests with 404, as a server that no longer has those files. */
async function gone(page: Page, pattern: RegExp): Promise<() => Promise<void>> {
  const handler = (route: Parameters<Parameters<Page['route']>[1]>[0]) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}

/** Counts the main frame's document loads (the first one and every reload). */
function countDocuments(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
  });
  return () => loads;
}

for (const [what, pattern] of [
  ['the entry script is', /\/assets\/index-[^/]+\.js$/],
  ['every build file (scripts and styles) is', /\/assets\//],
] as const) {
  test(`when ${what} gone, the page says so in Chinese with 刷新 after a few seconds, never a white page`, async ({
    page,
  }) => {
    const restore = await gone(page, pattern);
    await page.goto('/');
    const message = page.getByRole('alert').filter({ hasText: '看板尚未打开' });
    // The message waits for its CSS delay (a slow link may still be loading the app). Hold that animation's
    // clock: hidden before the delay, shown from it on.
    const delay = await page.evaluate(() => {
      const [reveal] = document.getAnimations();
      reveal!.pause();
      reveal!.currentTime = 0;
      return Number(reveal!.effect!.getTiming().delay);
    });
    expect(delay).toBeGreaterThanOrEqual(2000);
    expect(delay).toBeLessThanOrEqual(8000);
    await expect(message).toBeHidden();
    await page.evaluate((ms) => {
      document.getAnimations()[0]!.currentTime = ms;
    }, delay);
    await expect(message).toBeVisible();
    await expect(message).toContainText('请稍候，或刷新页面');
    await expect(message).not.toContainText(/http|\.js|Failed|Error/);

    // 刷新 opens the same address again: with the files back, the dashboard starts and the message is gone.
    await restore();
    await message.getByRole('link', { name: '刷新' }).click();
    await waitForMap(page);
    await expect(page.getByText('看板尚未打开')).toHaveCount(0);
  });
}

test('a missing lazy chunk reloads the page once; if it is still missing, its panel says so with 重试', async ({
  page,
}) => {
  const documents = countDocuments(page);
  const chunk = /\/assets\/charts-section-[^/]+\.js$/;
  const probes: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'HEAD' && chunk.test(request.url())) probes.push(request);
  });
  await gone(page, chunk);
  await page.goto('/?level=county');
  await expect.poll(documents).toBe(2);
  await waitForMap(page);
  const failure = page.getByRole('alert').filter({ hasText: '统计图表加载失败' });
  await expect(failure).toBeVisible();
  await expect(failure.getByRole('button', { name: '重试' })).toBeVisible();
  // The second load asked the server too, and did not reload again; the view survived the reload.
  await expect.poll(() => probes.length).toBe(2);
  await probes[1]!.response();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(documents()).toBe(2);
  await expect(page.getByText('显示 6 / 35 项')).toBeVisible();
});

test('a chunk the network dropped does not reload the page: its panel offers 重试', async ({ page }) => {
  const documents = countDocuments(page);
  let probes = 0;
  const chunk = /\/assets\/charts-section-[^/]+\.js$/;
  page.on('requestfailed', (request) => {
    if (request.method() === 'HEAD' && chunk.test(request.url())) probes += 1;
  });
  await page.route(chunk, (route) => route.abort('connectionreset'));
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: '统计图表加载失败' })).toBeVisible();
  await expect.poll(() => probes).toBe(1);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(documents()).toBe(1);
});
