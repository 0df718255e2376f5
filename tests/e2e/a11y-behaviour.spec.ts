import { expect, test, waitForMap } from './fixtures';

// Issue 18's behaviour points: the focus never falls to the page, taps behave like clicks, the presentation
// says what it does, the tab's title names the view.

const TITLE = '河南省人大系统“出彩工作”（2022年度）';

test('a chip that becomes unavailable while focused keeps the focus', async ({ page }) => {
  await page.goto('/?cat=legislation&region=411500');
  await waitForMap(page);
  const legislation = page.getByRole('button', { name: /^立法 \d+ 项$/ });
  await legislation.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/?region=411500');
  // 信阳 has no 立法 project: the chip is now unavailable, and still holds the focus.
  await expect(legislation).toHaveAttribute('aria-disabled', 'true');
  await expect(legislation).toBeFocused();
  // An unavailable chip does nothing.
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/?region=411500');
  await expect(legislation).toBeFocused();
});

test('the tab names the view: filters, the open project, presentation', async ({ page }) => {
  await page.goto('/?region=411500&level=county');
  await waitForMap(page);
  await expect(page).toHaveTitle(`信阳市 · 县级 — ${TITLE}`);
  const first = page.locator('[data-project-id]').first();
  const name = (await first.getAttribute('data-project-id'))!;
  await first.getByRole('button').first().click();
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(page).toHaveURL(new RegExp(`project=${name}`));
  await expect(page).toHaveTitle(`${await heading.textContent()} — ${TITLE}`);
  await page.goto('/');
  await waitForMap(page);
  await expect(page).toHaveTitle(TITLE);
  await page.goto('/?mode=present&level=county');
  await waitForMap(page);
  await expect(page).toHaveTitle(`演示 — 县级 — ${TITLE}`);
});
