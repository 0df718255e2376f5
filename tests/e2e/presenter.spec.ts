import AxeBuilder from '@axe-core/playwright';
import { test as plain } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import { expect, installPausedClock, test, waitForMap } from './fixtures';
import { blockNetwork, offlinePackage } from './offline-build';

// The promises: a screen follows its console within 200 ms, and the console sees a screen gone within
// 2 s. Following is timed against the real clock with five times the promise. Going is timed on the page's own
// clock (installed before the pages load, running as real time does): the test moves it past the app's
// LOST_AFTER_MS (1.5 s, src/features/present/presenter-link.ts) and the window must count the other gone,
// whether it heard the farewell or only the silence; no real-time margin to miss on a busy machine.
const FOLLOWS = { timeout: 1_000 };
const GONE_WITHIN_MS = 2_000;

/** Moves every window's clock past the promise: a window that has heard nothing since counts the other gone. */
const waitOutTheSilence = (page: Page) => page.clock.runFor(GONE_WITHIN_MS);

const screenStop = (screen: Page) => screen.locator('#tour-heading');
const current = (console: Page) => console.getByTestId('presenter-current');
const linkState = (console: Page) => console.locator('.presenter-link');

const projectIds = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-project-id')));

/** The screen shows the console's current stop: the same n / N, the same projects. */
async function expectFollowing(console: Page, screen: Page): Promise<void> {
  const progress = (await console.locator('.presenter-progress').textContent())!.split(' · ')[0]!;
  const ids = await projectIds(console, '.presenter-point');
  expect(ids.length).toBeGreaterThan(0);
  await expect(screen.locator('.tour-progress')).toContainText(progress, FOLLOWS);
  await expect.poll(() => projectIds(screen, '.tour-project'), FOLLOWS).toEqual(ids);
}

/** The console and the screen, driven through what the issue names: 下一个, a jump to 南阳, a filter, closing. */
async function driveMeeting(console: Page, screen: Page): Promise<void> {
  await expect(linkState(console)).toHaveText('已连接');
  await expect(current(console)).toHaveText('省级 1/6');
  await expectFollowing(console, screen);

  await console.getByRole('button', { name: '下一个', exact: true }).click();
  await expect(current(console)).toHaveText('省级 2/6');
  await expectFollowing(console, screen);

  await console
    .getByRole('group', { name: '各地' })
    .getByRole('button', { name: '南阳', exact: true })
    .click();
  await expect(current(console)).toHaveText('南阳市');
  await expect(screenStop(screen)).toContainText('南阳市', FOLLOWS);

  // A filter chosen in the console narrows the screen's tour too: the county-level projects only.
  await console.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  await expect(console.locator('.presenter-progress')).toHaveText(/^1 \/ 6 · /);
  await expect(screen.locator('.tour-progress')).toContainText('1 / 6', FOLLOWS);
  await expectFollowing(console, screen);
  await expect(screen.locator('.tour-project')).toHaveCount(1);

  await screen.close();
  await waitOutTheSilence(console);
  await expect(linkState(console)).toHaveText('未连接');
}

test('a screen in another window follows the console: 下一个, a jump to 南阳, a filter; closing it shows 未连接', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
  });
  const cspViolations = (p: Page) =>
    p.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations);
  await context.clock.install();
  await page.goto('/?mode=presenter&interval=120');
  await expect(linkState(page)).toHaveText('未连接');
  // Its own tour would move every 3 s: while the console is connected, only the console moves it.
  const screen = await context.newPage();
  await screen.goto('/?mode=present&interval=3');
  await waitForMap(screen);
  // Driven by a console, the screen shows content only: its controls and key hints wait for the pointer.
  await expect(screen.getByText(/^由演讲者视图控制/)).toBeAttached();
  await expect(screen.getByRole('group', { name: '演示控制' })).toBeHidden();
  expect(await cspViolations(screen)).toEqual([]);
  await driveMeeting(page, screen);
  expect(await cspViolations(page)).toEqual([]);
});

test('the console opens the screen, counts screens, and a screen carries on alone when the console goes', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/?mode=presenter&level=city&interval=120');
  const [screen] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: '打开放映窗口' }).click(),
  ]);
  // The screen opens with the console's filters.
  await expect(screen).toHaveURL(/\?level=city&mode=present&interval=120$/);
  await expect(linkState(page)).toHaveText('已连接');
  const second = await page.context().newPage();
  await second.goto('/?mode=present');
  await expect(linkState(page)).toHaveText('已连接（2 个放映窗口）');
  await expectFollowing(page, second);

  // Paused from the console, paused on the screens; the screen's keys ask the console.
  await page.getByRole('button', { name: '暂停' }).click();
  await expect(second.locator('.tour-progress')).toHaveText(/已暂停$/, FOLLOWS);
  await second.locator('body').press('ArrowRight');
  await expect(page.locator('.presenter-progress')).toHaveText(/^2 \/ /);
  await expectFollowing(page, screen);

  // Without its console the screen is its own again, still paused as the room was: its own keys and timer.
  await page.close();
  await waitOutTheSilence(second);
  await expect(second.getByText(/^由演讲者视图控制/)).toHaveCount(0);
  await expect(second.locator('.tour-progress')).toHaveText(/^2 \/ .*已暂停$/);
  await second.locator('body').press('Space');
  await expect(second.locator('.tour-progress')).toHaveText(/轮播中$/);
  await second.locator('body').press('ArrowRight');
  await expect(second.locator('.tour-progress')).toHaveText(/^3 \/ /);
});

test('演讲者视图 in the presentation opens the console in a window of its own, and the screen follows it', async ({
  page,
}) => {
  await page.goto('/?mode=present&level=county&interval=120');
  await waitForMap(page);
  const [console] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('group', { name: '演示控制' }).getByRole('button', { name: '演讲者视图' }).click(),
  ]);
  await expect(console).toHaveURL(/\?level=county&mode=presenter&interval=120$/);
  await expect(linkState(console)).toHaveText('已连接');
  await console.getByRole('button', { name: '下一个', exact: true }).click();
  await expect(page.locator('.tour-progress')).toContainText('2 / 6', FOLLOWS);
  await expectFollowing(console, page);
});

test('the console: talking points verbatim, the clocks, the keys', async ({ page }) => {
  // A paused clock, at FAKE_NOW + 1 min: 18:31 UTC, 02:31 in Shanghai (playwright.config's time zone).
  await installPausedClock(page);
  await page.goto('/?mode=presenter&interval=120');
  // React reveals the lazily loaded console on a timer: move fake time on in small steps until it is there.
  for (let step = 0; !(await page.getByTestId('time-of-day').isVisible()); step += 1) {
    expect(step, 'the console did not appear within 5 s of fake time').toBeLessThan(100);
    await page.clock.runFor(50);
  }
  await expect(page).toHaveTitle(/^演讲者视图 — 河南省人大系统/);
  await expect(page.getByTestId('time-of-day')).toHaveText('02:31:00');
  await expect(page.getByTestId('elapsed')).toHaveText('0:00');
  await page.clock.runFor(65_000);
  await expect(page.getByTestId('time-of-day')).toHaveText('02:32:05');
  await expect(page.getByTestId('elapsed')).toHaveText('1:05');

  // № 1: title, unit, level and category, the first sentence of its summary (cut at its 。) and no more.
  const first = page.locator('.presenter-point').first();
  await expect(first).toContainText('研究起草《关于新时代坚持和完善人民代表大会制度');
  await expect(first.locator('.presenter-point-meta')).toContainText('省级 · ');
  await expect(first.locator('.presenter-lead')).toHaveText(
    /^为全面贯彻落实习近平新时代中国特色社会主义思想，.*。$/,
  );
  await expect(first.locator('.presenter-lead')).not.toContainText('《实施意见》通篇贯穿');
  await expect(page.getByTestId('presenter-next')).toHaveText('省级 2/6');

  await page.locator('body').press('ArrowRight');
  await expect(current(page)).toHaveText('省级 2/6');
  await page.locator('body').press('ArrowLeft');
  await expect(current(page)).toHaveText('省级 1/6');
  await page.locator('body').press(' ');
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  await page.locator('body').press('Escape');
  await expect(page).toHaveURL(/\/\?interval=120$/);
});

test('axe finds no violations in the console at 1366×768, connected or not', async ({ page, context }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?mode=presenter&interval=120');
  const axe = async () => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  };
  await expect(linkState(page)).toHaveText('未连接');
  expect(await axe()).toEqual([]);
  const screen = await context.newPage();
  await screen.goto('/?mode=present');
  await expect(linkState(page)).toHaveText('已连接');
  expect(await axe()).toEqual([]);
});

// The offline file is opened from disk, outside the preview server's origin the fixtures guard: plain tests.
plain.describe('from the offline file', () => {
  const offlineFile = offlinePackage();
  plain.use({ reducedMotion: 'reduce' });

  plain(
    'the console opens its screen from disk, and the screen follows it without a BroadcastChannel',
    async ({ page, context }) => {
      plain.setTimeout(90_000);
      const errors: string[] = [];
      const network = await blockNetwork(context);
      context.on('page', (p) => p.on('pageerror', (error) => errors.push(String(error))));
      page.on('pageerror', (error) => errors.push(String(error)));
      // A file's origin is opaque: the postMessage handshake between the two windows alone must carry the link.
      await context.addInitScript(() => {
        Reflect.deleteProperty(window, 'BroadcastChannel');
        const seen: string[] = [];
        Object.assign(window, { __cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      });
      await page.goto(`${offlineFile()}?mode=presenter&interval=120`);
      const [screen] = await Promise.all([
        page.waitForEvent('popup'),
        page.getByRole('button', { name: '打开放映窗口' }).click(),
      ]);
      await expect(screen).toHaveURL(/^file:.*\?mode=present&interval=120$/);
      await waitForMap(screen);
      expect(await page.evaluate(() => typeof window.BroadcastChannel)).toBe('undefined');
      expect(await screen.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations)).toEqual(
        [],
      );
      await driveMeeting(page, screen);
      expect(await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations)).toEqual(
        [],
      );
      expect(network, 'network requests').toEqual([]);
      expect(errors, 'uncaught errors').toEqual([]);
    },
  );
});

test('a screen tells the console what its scene lacks: the connection line names 南阳市县区地图 loading, then failed', async ({
  page,
  context,
}) => {
  await page.goto('/?mode=presenter&interval=120');
  const screen = await context.newPage();
  // 南阳's county map (chunk 411300) is held, then dropped: only on the screen.
  const held: Route[] = [];
  await screen.route(/\/assets\/411300-[^/]+\.js$/, (route) => held.push(route));
  await screen.goto('/?mode=present&interval=120');
  await waitForMap(screen);
  await expect(linkState(page)).toHaveText('已连接');

  await page.getByRole('group', { name: '各地' }).getByRole('button', { name: '南阳', exact: true }).click();
  await expect(screenStop(screen)).toContainText('南阳市', FOLLOWS);
  await expect(linkState(page)).toHaveText('已连接 · 放映窗口：南阳市县区地图加载中');
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await Promise.all(held.map((route) => route.abort('connectionreset')));
  await expect(screen.locator('.map-drill-failed')).toContainText('南阳市县区地图加载失败');
  await expect(linkState(page)).toHaveText('已连接 · 放映窗口：南阳市县区地图加载失败');

  // At another stop the screen lacks nothing: plain 已连接 again.
  await page.getByRole('group', { name: '各地' }).getByRole('button', { name: '郑州', exact: true }).click();
  await expect(screenStop(screen)).toContainText('郑州市', FOLLOWS);
  await expect(linkState(page)).toHaveText('已连接');
});
