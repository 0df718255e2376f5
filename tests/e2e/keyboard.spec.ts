import { expect, installPausedClock, test, waitForMap } from './fixtures';

test('keyboard only: skip to the results, open a project, Esc returns focus to its item', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到项目列表' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^项目列表/ })).toBeFocused();

  // Tab on to the first project and open it.
  const first = page.getByRole('button', { name: /^№1(?!\d)/ });
  for (let i = 0; i < 5 && !(await first.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  // Nothing hidden under the detail takes the focus: Shift+Tab goes to the close button, then out of the list.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '关闭详情' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.results-panel') ?? null)).toBeNull();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  // And Tab comes straight back into the detail.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '关闭详情' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(first).toBeFocused();
});

test('重置 keeps the focus; arrow keys in the 地区 select add one history entry, not one per step', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: /^监督 \d+ 项$/ }).press('Enter');
  const reset = page.getByRole('button', { name: '重置' });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  await expect(reset).toBeFocused();

  const before = await page.evaluate(() => history.length);
  const select = page.getByRole('combobox', { name: '地区' });
  await select.focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await expect(select).not.toHaveValue('');
  await expect(page).toHaveURL(/region=\d{6}/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(select).toHaveValue('');
  // With the mouse, each pick is an entry of its own: Back after 信阳 → 郑州 returns to 信阳.
  await select.selectOption('411500');
  await expect(page.getByText('显示 2 / 35 项')).toBeVisible();
  await select.selectOption('410100');
  await expect(page).toHaveURL('/?region=410100');
  await page.goBack();
  await expect(page).toHaveURL('/?region=411500');
  await expect(select).toHaveValue('411500');
});

test('presentation: Space pauses wherever the focus is, Enter presses the focused button; focus goes to the controls and back', async ({
  page,
}) => {
  await installPausedClock(page);
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: '演示模式' }).press('Enter');
  await waitForMap(page);
  await expect(page.getByRole('button', { name: '暂停' })).toBeFocused();
  const progress = page.locator('.tour-progress');
  await expect(progress).toContainText('1 / 24');

  // A clicker or a hand on Space pauses, also with 下一个 focused: the button is not pressed.
  await page.getByRole('button', { name: '下一个' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  await expect(progress).toContainText('1 / 24');
  await page.keyboard.press('Enter');
  await expect(progress).toContainText('2 / 24');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();

  // With no button focused, Space pauses.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(progress).toContainText('2 / 24');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '演示模式' })).toBeFocused();
});

test('the 深色 choice survives a reload; a presentation link still opens dark', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: '深色' }).click();
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: '深色' }).click();
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.goto('/?mode=present');
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
