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

test('a browser that refuses storage still switches themes; it only forgets the choice', async ({ page }) => {
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
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // The guards fail the test on any page error or unexpected console error.
});
