import type { Route } from '@playwright/test';
import { expect, installPausedClock, test, waitForMap } from './fixtures';

// Smaller truths: what the tour's status, the waiting presentation, a busy export and an opened project say.

test('the tour says 仅此一项 only for exactly one project', async ({ page }) => {
  await installPausedClock(page);
  const status = page.locator('.tour-progress');
  // 信阳: two projects at one stop.
  await page.goto('/?mode=present&region=411500');
  await waitForMap(page);
  await expect(status).toContainText('仅此一站');
  await expect(status).not.toContainText('仅此一项');

  await page.goto('/?mode=present&region=411500&level=city');
  await waitForMap(page);
  await expect(status).toContainText('仅此一项');

  await page.goto('/?mode=present&q=没有这样的项目');
  await waitForMap(page);
  await expect(status).toContainText('无可轮播的项目');
  await expect(status).not.toContainText('仅此一项');
});

test('while presentation mode loads, Esc and 退出演示 lead back to the office layout', async ({ page }) => {
  const held: Route[] = [];
  await page.route('**/assets/present-screen-*', (route) => {
    held.push(route);
  });
  await page.goto('/?mode=present&level=county');
  await expect(page.getByRole('status').filter({ hasText: '演示模式加载中' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/?level=county');
  await expect(page.getByRole('button', { name: '演示模式' })).toBeVisible();

  await page.getByRole('button', { name: '演示模式' }).click();
  await expect(page.getByRole('status').filter({ hasText: '演示模式加载中' })).toBeVisible();
  await page.getByRole('button', { name: '退出演示' }).click();
  await expect(page.getByRole('button', { name: '演示模式' })).toBeVisible();
  await expect(page).toHaveURL('/?level=county');
  // The held chunk is never answered: the page closes with it still on the way.
  expect(held.length).toBeGreaterThan(0);
});

test('导出PPT in presentation shows that it is busy until the file is made', async ({ page }) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/export-deck-*', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/?mode=present&level=county');
  await waitForMap(page);
  const button = page.getByRole('button', { name: '导出PPT' });
  await button.click();
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toContainText('生成中');
  const download = page.waitForEvent('download');
  release();
  expect((await download).suggestedFilename()).toMatch(/\.pptx$/);
  await expect(button).toHaveAttribute('aria-busy', 'false');
  await expect(button).not.toContainText('生成中');
});

test('a linked project outside the filter says so and offers to show it in context', async ({ page }) => {
  await page.goto('/?cat=legislation&project=31');
  await waitForMap(page);
  const detail = page.getByRole('complementary');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('信阳样板');
  await expect(detail.getByRole('note')).toHaveText(/该项目不在当前筛选结果中/);
  await detail.getByRole('button', { name: '显示信阳市的全部项目' }).click();
  await expect(page).toHaveURL('/?region=411500&project=31');
  await expect(detail.getByRole('note')).toHaveCount(0);
  await expect(page.locator('[data-project-id="31"]')).toBeVisible();

  // A project in the filter has no such note.
  await page.goto('/?cat=democracy&project=31');
  await waitForMap(page);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByRole('complementary').getByRole('note')).toHaveCount(0);
});
