import { expect, test, waitForMap } from './fixtures';

test('the 深色 choice is kept across a reload', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: '深色' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
});

test('a browser that refuses storage keeps the 深色 choice for the whole page life and forgets it on reload', async ({
  page,
}) => {
  // As Chromium does with site data blocked: touching window.localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await waitForMap(page);
  await expect(page.getByRole('list', { name: /项目/ }).getByRole('listitem')).toHaveCount(35);
  await page.getByRole('button', { name: '深色' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // For the page's life the choice lasts, a presentation round trip included.
  await page.getByRole('button', { name: '演示模式' }).click();
  await page.getByRole('button', { name: '退出演示' }).click();
  await waitForMap(page);
  await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // The guards fail the test on any page error or unexpected console error.
});
