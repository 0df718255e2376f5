import type { Page } from '@playwright/test';
import { appStarted, expect, installPausedClock, pinPoint, shownMap, test, waitForMap } from './fixtures';

// Issue 18's behaviour points: the focus never falls to the page, taps behave like clicks, the presentation
// says what it does, the tab's title names the view.

const TITLE = '河南省人大系统“出彩工作”（2022年度）';

/** Whether an ECharts tooltip is showing over the map. */
function mapTooltipShown(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-chart="map"] div')].some(
      (el) =>
        el.style.zIndex === '9999999' &&
        el.style.display !== 'none' &&
        el.style.visibility !== 'hidden' &&
        el.style.opacity !== '0' &&
        (el.textContent ?? '').trim() !== '',
    ),
  );
}

/** What the page's live regions say (status, polite or assertive), joined. */
function liveRegionsText(page: Page): Promise<string> {
  return page
    .locator('[aria-live], [role="status"], [role="alert"]')
    .evaluateAll((els) => els.map((el) => el.textContent ?? '').join('\n'));
}

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

test('显示…的全部项目 in a detail outside the filter goes away and leaves the focus on the title', async ({
  page,
}) => {
  await page.goto('/?level=province&project=32');
  await waitForMap(page);
  const detail = page.getByRole('complementary');
  const show = detail.getByRole('button', { name: /^显示.+的全部项目$/ });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(show).toHaveCount(0);
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
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

test('the 筛选 and 地图 regions have headings; the breadcrumb reads its current item without the separator', async ({
  page,
}) => {
  await page.goto('/?region=411500');
  await waitForMap(page);
  await expect(
    page.getByRole('search', { name: '筛选' }).getByRole('heading', { name: '筛选' }),
  ).toBeAttached();
  await expect(
    page.getByRole('region', { name: '地图' }).getByRole('heading', { name: '地图' }),
  ).toBeAttached();
  // What a screen reader gets: Chromium's own accessibility tree.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value?: string } }[];
  };
  const names = nodes.map((n) => n.name?.value ?? '');
  expect(names).toContain('信阳市');
  expect(names.filter((n) => n.includes('›'))).toEqual([]);
});

test('Tab reaches 表格 right after the breadcrumb, before the map’s export buttons', async ({ page }) => {
  await page.goto('/?region=411500');
  await waitForMap(page);
  await page.getByRole('button', { name: '河南省' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '表格' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '导出PNG：地图' })).toBeFocused();
});

test('the export message stays 8 s, then until the next action', async ({ page }) => {
  await installPausedClock(page);
  await page.goto('/');
  await waitForMap(page);
  const csv = page.getByRole('button', { name: '导出CSV' });
  await expect(async () => {
    await page.clock.runFor(50);
    await expect(csv).toBeVisible({ timeout: 100 });
  }).toPass();
  const download = page.waitForEvent('download');
  await csv.click();
  await download;
  const toast = page.getByRole('status').filter({ hasText: '已导出' });
  await expect(toast).toHaveText(/^已导出：.+\.csv$/);
  await page.clock.runFor(7_900);
  await expect(toast).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(toast).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(toast).toHaveCount(0);
});

test('stepping through 地区 with the keys drills once, when the keys rest; a pick applies at once', async ({
  page,
}) => {
  await installPausedClock(page);
  await page.goto('/');
  await waitForMap(page);
  const select = page.getByRole('combobox', { name: '地区' });
  await select.focus();
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('ArrowDown');
    await page.clock.runFor(100);
  }
  // The select shows the third prefecture; the map, the list and the address wait for the keys to rest.
  await expect(select).not.toHaveValue('');
  const code = await select.inputValue();
  await expect(page).toHaveURL(/\/$/);
  expect((await shownMap(page)).map).toBe('henan');
  expect(await liveRegionsText(page)).not.toMatch(/县级|加载/);
  await page.clock.runFor(400);
  await expect(page).toHaveURL(`/?region=${code}`);
  await expect(async () => {
    await page.clock.runFor(50);
    expect((await shownMap(page)).map).toBe(`counties-${code}`);
  }).toPass();
  // A pick with the mouse applies at once.
  await select.selectOption('411500');
  await expect(page).toHaveURL('/?region=411500');
});

test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('a tap that drills leaves no tooltip; a tapped pin opens the detail with the focus on its title', async ({
    page,
  }) => {
    await installPausedClock(page);
    await page.goto('/');
    // A touch-first device: the first screen's static map stands until the map is touched, and answers the tap.
    const staticNanyang = page.locator('.map-static-slot path[data-region="411300"]');
    await expect(staticNanyang).toBeVisible();
    expect(await page.evaluate(() => window.__charts?.has('map') ?? false)).toBe(false);
    const box = (await staticNanyang.boundingBox())!;
    await appStarted(page);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL('/?region=411300');
    await expect(async () => {
      await page.clock.runFor(50);
      expect((await shownMap(page)).map).toBe('counties-411300');
    }).toPass();
    await page.clock.runFor(1_000);
    expect(await mapTooltipShown(page)).toBe(false);

    // A tapped pin on the static map opens its project.
    await page.goto('/');
    const staticPin = page.locator('.map-static-slot .map-static-pin[data-project="32"]');
    const detail = page.getByRole('complementary', { name: '突出监督刚性　促进专项债资金用准用快用好' });
    await appStarted(page);
    await staticPin.tap();
    await expect(detail).toBeVisible();
    await page.clock.runFor(1_000);
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();

    // And on the chart, made by the first touch: the same tap on its pin.
    await page.getByRole('button', { name: '关闭详情' }).click();
    await waitForMap(page);
    await expect(page.locator('.map-static')).toHaveCount(0);
    const at = await pinPoint(page, 32);
    await page.touchscreen.tap(at.x, at.y);
    await expect(detail).toBeVisible();
    await page.clock.runFor(1_000);
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    expect(await mapTooltipShown(page)).toBe(false);
  });
});

test.describe('presentation', () => {
  test('pausing and resuming is announced; the controls are a group, ←/→ still step the tour', async ({
    page,
  }) => {
    await installPausedClock(page);
    await page.goto('/?mode=present');
    await waitForMap(page);
    expect(await liveRegionsText(page)).not.toContain('暂停');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
    await expect.poll(() => liveRegionsText(page)).toContain('轮播已暂停');
    await page.keyboard.press('Space');
    await expect.poll(() => liveRegionsText(page)).toContain('轮播已继续');

    // No toolbar that would promise arrow keys between its buttons: ←/→ step the tour, from 暂停 too.
    await expect(page.getByRole('toolbar')).toHaveCount(0);
    const controls = page.getByRole('group', { name: '演示控制' });
    await controls.getByRole('button', { name: '暂停' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.tour-progress')).toContainText('2 / 24');
    await expect(controls.getByRole('button', { name: '暂停' })).toBeFocused();
  });

  test('the map table reads out but does not narrow the tour', async ({ page }) => {
    await installPausedClock(page);
    await page.goto('/?mode=present');
    await waitForMap(page);
    const table = page.getByTestId('map-table');
    await expect(table.getByRole('rowheader', { name: '郑州市' })).toBeAttached();
    await expect(table.getByRole('button')).toHaveCount(0);
    await expect(page.locator('.tour-progress')).toContainText('1 / 24');
  });
});
