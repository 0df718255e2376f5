import {
  expect,
  FAKE_NOW,
  installPausedClock,
  listedIds,
  shanghaiDate,
  shownMap,
  sidewaysScroll,
  test,
  waitForMap,
} from './fixtures';
import type { Page, Route } from '@playwright/test';

// Runs against a build of two small test lists (tests/fixtures/lists/2030.json and 2031.json; see
// playwright.config.ts): adding a list file is the only step to another year.

const title = (year: number) => `河南省人大系统“出彩工作”（${year}年度）`;

test('the newest list is the default; the 年度 switcher shows the other year, with its title and counts', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2031));
  await expect(page).toHaveTitle(title(2031));
  await expect(page).toHaveURL('/?year=2031');
  const year = page.getByRole('combobox', { name: '年度' });
  await expect(year).toHaveValue('2031');
  await expect(year.locator('option')).toHaveText(['2031年度', '2030年度']);
  await expect(page.getByText('显示 5 / 5 项')).toBeVisible();
  await expect(page.getByText('共 5 项')).toBeVisible();
  await expect(page.locator('.app-source')).toContainText('关于测试名单（乙）的公示');

  // A filter carries over to the other year.
  await page.getByRole('button', { name: /^市级 \d+ 项$/ }).click();
  await expect(page).toHaveURL('/?year=2031&level=city');
  await year.selectOption('2030');
  await expect(page).toHaveURL('/?year=2030&level=city');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2030));
  await expect(page).toHaveTitle(`市级 — ${title(2030)}`);
  await expect(page.getByText('显示 1 / 3 项')).toBeVisible();
  expect(await listedIds(page)).toEqual([2]);
  await expect(page.getByRole('listitem').filter({ hasText: '甲年郑州监督项目' })).toBeVisible();
  await expect(page.locator('.app-source')).toContainText('关于测试名单（甲）的公示');

  // Back returns to the other year.
  await page.goBack();
  await expect(page).toHaveURL('/?year=2031&level=city');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2031));
  await expect(page.getByText('显示 2 / 5 项')).toBeVisible();
});

test('a link names its year; an open project closes when the year changes, and exports are named by year', async ({
  page,
}) => {
  await page.clock.setFixedTime(FAKE_NOW);
  await page.goto('/?year=2031&project=5');
  await waitForMap(page);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    '乙年金水监督项目',
  );
  await page.getByRole('combobox', { name: '年度' }).selectOption('2030');
  await expect(page).toHaveURL('/?year=2030');
  await expect(page.getByRole('complementary')).toHaveCount(0);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`出彩工作2030-项目列表-全部-${shanghaiDate(FAKE_NOW)}.csv`);

  // An unknown year in a link means the newest one.
  await page.goto('/?year=1999&level=county');
  await waitForMap(page);
  await expect(page).toHaveURL('/?year=2031&level=county');
  expect(await listedIds(page)).toEqual([5]);
});

test('presentation has the 年度 switcher too, and the tour follows the chosen year', async ({ page }) => {
  await installPausedClock(page);
  await page.goto('/?year=2030&mode=present');
  await waitForMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2030));
  const year = page.getByRole('combobox', { name: '年度' });
  await expect(year).toHaveValue('2030');
  const stop = page.locator('.tour-panel');
  await expect(stop).toContainText('甲年省级立法项目');
  await year.selectOption('2031');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2031));
  // Two 省级 projects share the first stop of 2031.
  await expect(stop).toContainText('乙年省级监督项目');
  await expect(stop).toContainText('乙年省级代表项目');
  await expect(stop).not.toContainText('甲年');
});

test.describe('1366×768 at 200 % zoom', () => {
  test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });

  test('presentation: the 年度 switcher and every control stay on screen, nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/?mode=present');
    await waitForMap(page);
    expect(await sidewaysScroll(page)).toBe(0);
    for (const control of [
      page.getByRole('combobox', { name: '年度' }),
      page.getByRole('button', { name: '深色' }),
      page.getByRole('button', { name: '退出演示' }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(683);
    }
  });
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('another year retires the static map (drawn for the newest year) and makes the chart', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('.map-static path').first()).toBeVisible();
    await expect(page.locator('.boot-stale')).toHaveCount(0);
    expect(await page.evaluate(() => window.__charts?.has('map') ?? false)).toBe(false);
    await page.getByRole('combobox', { name: '年度' }).selectOption('2030');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2030));
    await expect(page.locator('.map-static')).toHaveCount(0);
    await waitForMap(page);
  });
});

test.describe('a year whose list is slow or fails', () => {
  test.beforeEach(({ guards }) => {
    guards.allowConsoleErrors.push(/Failed to load resource|dynamically imported module/i);
  });

  test('a link to a year whose list fails names that year with 重试, keeps year= in the address, never another year', async ({
    page,
  }) => {
    const failing = /\/assets\/2030-[^/]+\.js$/;
    const drop = (route: import('@playwright/test').Route) => route.abort('connectionreset');
    await page.route(failing, drop);
    await page.goto('/?year=2030&region=411500');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2030));
    await expect(page.getByRole('alert')).toContainText('2030年度名单加载失败');
    await expect(page).toHaveURL('/?year=2030&region=411500');
    await expect(page).toHaveTitle(title(2030));
    // Nothing of 2031 stands in for it.
    expect(await listedIds(page)).toEqual([]);
    await expect(page.getByText('乙年', { exact: false })).toHaveCount(0);

    await page.unroute(failing, drop);
    await page.getByRole('button', { name: '重试' }).click();
    await waitForMap(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2030));
    expect(await listedIds(page)).toEqual([3]);
    await expect(page).toHaveURL('/?year=2030&region=411500');
  });

  test('a year picked while its list is slow shows as coming; a later pick wins over it', async ({
    page,
  }) => {
    const held: import('@playwright/test').Route[] = [];
    await page.route(/\/assets\/2030-[^/]+\.js$/, (route) => held.push(route));
    await page.goto('/');
    await waitForMap(page);
    const year = page.getByRole('combobox', { name: '年度' });
    await year.selectOption('2030');
    // At once: the select says 2030, a line says it is coming, the page is still all 2031's.
    await expect(year).toHaveValue('2030');
    await expect(page.getByRole('status').filter({ hasText: '2030年度名单加载中' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2031));
    await expect(page).toHaveURL('/?year=2030');

    // Changing one's mind before it arrives: 2031 again. The late arrival of 2030 changes nothing.
    await year.selectOption('2031');
    await expect(year).toHaveValue('2031');
    await expect(page.getByText('2030年度名单加载中')).toHaveCount(0);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await Promise.all(held.map((route) => route.continue()));
    await page.getByRole('button', { name: /^市级 \d+ 项$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2031));
    await expect(page).toHaveURL('/?year=2031&level=city');
    expect(await listedIds(page)).toEqual([3, 4]);
  });

  test('a year picked whose list fails says so beside the select, with 重试 that loads it', async ({
    page,
  }) => {
    const failing = /\/assets\/2030-[^/]+\.js$/;
    const drop = (route: import('@playwright/test').Route) => route.abort('connectionreset');
    await page.route(failing, drop);
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('combobox', { name: '年度' }).selectOption('2030');
    const failure = page.getByRole('alert').filter({ hasText: '2030年度名单加载失败' });
    await expect(failure).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2031));
    await page.unroute(failing, drop);
    await failure.getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2030));
    expect(await listedIds(page)).toEqual([1, 2, 3]);
  });
});

test('paused at 郑州市, another 年度 keeps the stop and the pause on a screen of its own', async ({
  page,
}) => {
  await installPausedClock(page);
  // Supervision: 2030 has 郑州 only, 2031 has 省级 and 郑州.
  await page.goto('/?year=2030&cat=supervision&mode=present');
  await waitForMap(page);
  const panel = page.locator('.tour-panel');
  await expect(panel.locator('h2')).toContainText('郑州市');
  await page.getByRole('button', { name: '暂停' }).click();
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  await page.getByRole('combobox', { name: '年度' }).selectOption('2031');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2031));
  await expect(panel.locator('h2')).toContainText('郑州市');
  await expect(panel).toContainText('乙年金水监督项目');
  await expect(page.locator('.tour-progress')).toHaveText('2 / 2 · 已暂停');
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  // The map shows the stop too, not the province.
  await expect.poll(async () => (await shownMap(page)).map).toBe('counties-410100');
});

test.describe('a console (演讲者视图) and its screens share one view, year included', () => {
  const linkState = (console: Page) => console.locator('.presenter-link');
  const current = (console: Page) => console.locator('.presenter-now h2');
  const screenIds = (screen: Page) =>
    screen.locator('.tour-project').evaluateAll((els) => els.map((el) => el.getAttribute('data-project-id')));

  test('a screen on another year takes the console’s: 加载中 while it comes, never its own year’s projects at the console’s stop', async ({
    page: console,
    context,
  }) => {
    await console.goto('/?year=2030&mode=presenter&interval=120');
    await expect(current(console)).toHaveText('当前省级 · 本站 1 项');
    await expect(linkState(console)).toHaveText('未连接');
    const screen = await context.newPage();
    const held: Route[] = [];
    await screen.route(/\/assets\/2030-[^/]+\.js$/, (route) => held.push(route));
    await screen.goto('/?year=2031&mode=present&interval=120');
    // The console's 2030 is on its way: the screen says so, and shows none of 2031's 省级 projects meanwhile.
    await expect(screen.locator('.tour-panel')).toContainText('2030年度名单加载中');
    await expect(screen.locator('.tour-project')).toHaveCount(0);
    await expect(linkState(console)).toHaveText('已连接 · 放映窗口：2030年度名单加载中');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await Promise.all(held.map((route) => route.continue()));
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText(title(2030));
    await expect(screen.locator('.tour-panel h2')).toContainText('省级');
    await expect.poll(() => screenIds(screen)).toEqual(['1']);
    await expect(screen).toHaveURL(/year=2030/);
    await expect(linkState(console)).toHaveText('已连接');
  });

  test('a year picked on a screen goes to the console, and the console and every screen follow', async ({
    page: console,
    context,
  }) => {
    await console.goto('/?year=2031&mode=presenter&interval=120');
    const screen = await context.newPage();
    await screen.goto('/?year=2031&mode=present&interval=120');
    await waitForMap(screen);
    await expect(linkState(console)).toHaveText('已连接');
    await expect(current(console)).toHaveText('当前省级 · 本站 2 项');
    await expect.poll(() => screenIds(screen)).toEqual(['1', '2']);

    // Driven by the console, the screen shows its controls only while the pointer moves.
    await screen.mouse.move(300, 300);
    await screen.mouse.move(320, 320);
    await screen.getByRole('combobox', { name: '年度' }).selectOption('2030');
    await expect(current(console)).toHaveText('当前省级 · 本站 1 项');
    await expect(console.getByRole('combobox', { name: '年度' })).toHaveValue('2030');
    await expect(console).toHaveURL(/year=2030/);
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText(title(2030));
    await expect.poll(() => screenIds(screen)).toEqual(['1']);
    await expect(linkState(console)).toHaveText('已连接');
  });

  test('paused at 郑州市, another 年度 on the console keeps the stop and the pause, on the screen too', async ({
    page: console,
    context,
  }) => {
    await console.goto('/?year=2030&cat=supervision&mode=presenter&interval=120');
    const screen = await context.newPage();
    await screen.goto('/?year=2030&cat=supervision&mode=present&interval=120');
    await waitForMap(screen);
    await expect(linkState(console)).toHaveText('已连接');
    await expect(current(console)).toHaveText('当前郑州市 · 本站 1 项');
    await console.getByRole('button', { name: '暂停' }).click();
    // The screen's own pause control (hidden while the pointer rests) says so too.
    await expect(screen.locator('.present-controls button').first()).toHaveText('继续');

    await console.getByRole('combobox', { name: '年度' }).selectOption('2031');
    await expect(console.locator('.presenter-progress')).toHaveText('2 / 2 · 已暂停');
    await expect(current(console)).toHaveText('当前郑州市 · 本站 1 项');
    await expect(console.locator('.presenter-point')).toContainText('乙年金水监督项目');
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText(title(2031));
    await expect(screen.locator('.tour-panel h2')).toContainText('郑州市');
    await expect(screen.locator('.tour-progress')).toHaveText('2 / 2 · 已暂停');
    await expect.poll(() => screenIds(screen)).toEqual(['5']);
    await expect(linkState(console)).toHaveText('已连接');
  });
});
