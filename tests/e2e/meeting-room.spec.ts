import { test as plain } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expect, installPausedClock, mapPoint, test, waitForMap } from './fixtures';
import { blockNetwork, offlinePackage } from './offline-build';

// The meeting room (issue 26): every window of a meeting (screens, consoles) holds one replicated room and takes
// the newest; the clicker's keys, the black screen, a clean audience screen, the console's grids and typed stop
// numbers, its announcements and its pacing. Where time matters, the context's clock is fake and paused (one
// clock for all its pages) and moves only as a test says.

// A screen follows its console within 200 ms (presenter.spec.ts); this is that promise with room to spare.
const FOLLOWS = { timeout: 1_000 };
/** Longer than a console's JOIN_MS (700 ms): a console that just opened has settled on the room. */
const JOINED_MS = 800;
/** The app's CONTROLS_HIDE_MS: a clean screen's controls stay this long after the pointer's last move. */
const CONTROLS_HIDE_MS = 2_500;
/** The shipped list's tour: 24 stops, 省级 over 6 (11 projects, two a stop), then the prefectures. */
const STOPS = 24;

const current = (console: Page) => console.getByTestId('presenter-current');
const progress = (console: Page) => console.getByTestId('presenter-progress');
const announcement = (console: Page) => console.getByTestId('presenter-announcement');
const linkState = (console: Page) => console.locator('.presenter-link');
const screenProgress = (screen: Page) => screen.locator('.tour-progress');
const screenHeading = (screen: Page) => screen.locator('#tour-heading');
const blackScreen = (screen: Page) => screen.getByTestId('black-screen');
const screenControls = (screen: Page) => screen.getByRole('group', { name: '演示控制' });
const stopGrid = (console: Page) => console.getByRole('group', { name: '各站' });
const placeGrid = (console: Page) => console.getByRole('group', { name: '各地' });
/** ECharts' tooltip: the map chart's topmost div (present.spec.ts). */
const mapTooltip = (screen: Page) => screen.locator('[data-chart="map"] div[style*="z-index: 9999999"]');
const focusedIn = (grid: Locator) => grid.locator('button:focus');

/** How many shapes of the map chart are drawn highlighted (zrender's emphasis state: what a hover leaves). */
const highlighted = (screen: Page) =>
  screen.evaluate(() => {
    interface Drawn {
      currentStates?: string[];
    }
    const zr = window.__charts!.get('map')!.getZr() as unknown as {
      storage: { getDisplayList: (update: boolean) => Drawn[] };
    };
    return zr.storage.getDisplayList(true).filter((el) => el.currentStates?.includes('emphasis')).length;
  });

/** A console, served, at its first stop and settled (its JOIN_MS of listening over). */
async function openConsole(console: Page): Promise<void> {
  await console.goto('/?mode=presenter&interval=120');
  await expect(console.locator('.presenter')).toHaveAttribute('data-joining', 'false');
}

/** A screen in another page of the console's browser, connected and at the console's stop. */
async function openScreen(console: Page): Promise<Page> {
  const screen = await console.context().newPage();
  await screen.goto('/?mode=present&interval=120');
  await waitForMap(screen);
  await expect(linkState(console)).toHaveText(/^已连接/);
  await expect(screen.getByText(/^由演讲者视图控制/)).toBeAttached();
  return screen;
}

/** Under the paused clock: moves fake time on in 50 ms steps until `ready()` holds. */
async function runUntil(page: Page, ready: () => Promise<boolean>, what: string): Promise<void> {
  for (let step = 0; !(await ready()); step += 1) {
    expect(step, `${what} within 10 s of fake time`).toBeLessThan(200);
    await page.clock.runFor(50);
  }
}

/**
 * Moves the context's fake time on in steps of 250 ms: each page runs its own timers, and between steps the
 * windows' messages (real, untimed) reach each other, so no window misses three heartbeats and counts another
 * gone (LOST_AFTER_MS) the way one long jump would make it.
 */
async function tick(page: Page, ms: number): Promise<void> {
  for (let done = 0; done < ms; done += 250) await page.clock.runFor(Math.min(250, ms - done));
}

/** Under the paused clock: a console, shown (React reveals it on a timer) and settled. */
async function openConsoleOnPausedClock(console: Page): Promise<void> {
  await console.goto('/?mode=presenter&interval=120');
  await runUntil(console, () => console.getByTestId('time-of-day').isVisible(), 'the console appears');
  await tick(console, JOINED_MS);
  await expect(console.locator('.presenter')).toHaveAttribute('data-joining', 'false');
}

/** Under the paused clock: a screen beside the console, its map drawn, following the console. */
async function openScreenOnPausedClock(console: Page): Promise<Page> {
  const screen = await console.context().newPage();
  await screen.goto('/?mode=present&interval=120');
  await runUntil(screen, () => screen.evaluate(() => window.__charts?.has('map') ?? false), 'the map');
  await expect(screen.locator('[data-chart="map"] canvas').first()).toBeVisible();
  await screen.clock.runFor(16);
  await expect(linkState(console)).toHaveText(/^已连接/);
  await expect(screen.getByText(/^由演讲者视图控制/)).toBeAttached();
  return screen;
}

/** Under a paused clock: the console, then a screen beside it that follows it. */
async function openRoomOnPausedClock(console: Page): Promise<Page> {
  await installPausedClock(console);
  await openConsoleOnPausedClock(console);
  return openScreenOnPausedClock(console);
}

/** The screen's tour panel and the console agree on the stop: the same n / N. */
async function expectSameStop(console: Page, screen: Page, stop: number): Promise<void> {
  await expect(progress(console)).toHaveText(new RegExp(`^${stop} / ${STOPS} · `));
  await expect(screenProgress(screen)).toHaveText(new RegExp(`^${stop} / ${STOPS} · `), FOLLOWS);
}

/** Seconds on an m:ss clock. */
const seconds = (clock: string) => {
  const [m, s] = clock.split(':').map(Number);
  return m! * 60 + s!;
};

test.describe('the clicker’s keys', () => {
  test('a screen alone: PageDown/PageUp/N/P step, B or . blacks it, a step ends the black', async ({
    page,
  }) => {
    await page.goto('/?mode=present&interval=120');
    await waitForMap(page);
    const at = (stop: number) =>
      expect(screenProgress(page)).toHaveText(new RegExp(`^${stop} / ${STOPS} · `));
    await at(1);
    await page.keyboard.press('PageDown');
    await at(2);
    await page.keyboard.press('PageUp');
    await at(1);
    await page.keyboard.press('n');
    await page.keyboard.press('N');
    await at(3);
    await page.keyboard.press('p');
    await at(2);
    await page.keyboard.press('P');
    await at(1);

    await page.keyboard.press('b');
    await expect(blackScreen(page)).toBeVisible();
    await expect(page.getByTestId('tour-announcement')).toHaveText('黑屏');
    await page.keyboard.press('B');
    await expect(blackScreen(page)).toHaveCount(0);
    await page.keyboard.press('.');
    await expect(blackScreen(page)).toBeVisible();
    // The black screen covers everything, the controls too.
    const box = (await blackScreen(page).boundingBox())!;
    expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 1920, 1080]);
    await page.keyboard.press('PageDown');
    await expect(blackScreen(page)).toHaveCount(0);
    await at(2);
  });

  test('a console drives its screen with the same keys; the screen’s keys change the room too', async ({
    page: console,
  }) => {
    await openConsole(console);
    const screen = await openScreen(console);
    await expectSameStop(console, screen, 1);

    await console.keyboard.press('PageDown');
    await expectSameStop(console, screen, 2);
    await console.keyboard.press('n');
    await expectSameStop(console, screen, 3);
    await console.keyboard.press('PageUp');
    await expectSameStop(console, screen, 2);
    await console.keyboard.press('P');
    await expectSameStop(console, screen, 1);

    // B: black on the screen, 黑屏 in the console's progress and on its pressed button.
    await console.keyboard.press('b');
    await expect(blackScreen(screen)).toBeVisible(FOLLOWS);
    await expect(progress(console)).toHaveText(/ · 黑屏$/);
    await expect(console.getByRole('button', { name: '黑屏' })).toHaveAttribute('aria-pressed', 'true');
    await console.keyboard.press('B');
    await expect(blackScreen(screen)).toHaveCount(0, FOLLOWS);
    await expect(progress(console)).not.toHaveText(/黑屏/);
    // Another stop ends the black.
    await console.keyboard.press('.');
    await expect(blackScreen(screen)).toBeVisible(FOLLOWS);
    await console.keyboard.press('N');
    await expectSameStop(console, screen, 2);
    await expect(blackScreen(screen)).toHaveCount(0, FOLLOWS);
    await expect(console.getByRole('button', { name: '黑屏' })).toHaveAttribute('aria-pressed', 'false');

    // The clicker may be plugged into the screen's computer: its keys change the room, the console follows.
    await screen.keyboard.press('PageDown');
    await expectSameStop(console, screen, 3);
    await screen.keyboard.press('.');
    await expect(progress(console)).toHaveText(/ · 黑屏$/, FOLLOWS);
    await expect(blackScreen(screen)).toBeVisible();
    await screen.keyboard.press('PageUp');
    await expectSameStop(console, screen, 2);
    await expect(blackScreen(screen)).toHaveCount(0);
    await expect(progress(console)).not.toHaveText(/黑屏/, FOLLOWS);
  });
});

test('Space on a focused console button pauses and does not press it; in a text field it types', async ({
  page: console,
}) => {
  await openConsole(console);
  const controls = console.getByRole('group', { name: '演示控制' });
  await controls.getByRole('button', { name: '下一个' }).focus();
  await console.keyboard.press('Space');
  await expect(controls.getByRole('button', { name: '继续' })).toBeVisible();
  await expect(progress(console)).toHaveText(/^1 \/ 24 · 已暂停$/);
  await expect(controls.getByRole('button', { name: '下一个' })).toBeFocused();

  // On 黑屏, Space resumes and leaves the screens lit.
  const black = controls.getByRole('button', { name: '黑屏' });
  await black.focus();
  await console.keyboard.press('Space');
  await expect(controls.getByRole('button', { name: '暂停' })).toBeVisible();
  await expect(black).toHaveAttribute('aria-pressed', 'false');
  await expect(progress(console)).toHaveText(/^1 \/ 24 · /);
  // Enter still presses the focused button.
  await black.press('Enter');
  await expect(black).toHaveAttribute('aria-pressed', 'true');
  await black.press('Enter');
  await expect(black).toHaveAttribute('aria-pressed', 'false');

  // In a text field Space is the field's: the tour goes on.
  const search = console.getByRole('searchbox', { name: '搜索' });
  await search.focus();
  await console.keyboard.press('Space');
  await expect(search).toHaveValue(' ');
  await expect(controls.getByRole('button', { name: '暂停' })).toBeVisible();
});

test('a reloaded console keeps the room’s stop, pause and elapsed time; a second console follows the first', async ({
  page: console,
}) => {
  const screen = await openRoomOnPausedClock(console);
  await console.keyboard.press('ArrowRight');
  await console.keyboard.press('ArrowRight');
  await console.keyboard.press('Space');
  await expect(progress(console)).toHaveText('3 / 24 · 已暂停');
  await expect(screenProgress(screen)).toHaveText(/^3 \/ 24 · 已暂停$/, FOLLOWS);
  await tick(console, 65_000);
  const before = seconds((await console.getByTestId('elapsed').textContent())!);
  expect(before).toBeGreaterThanOrEqual(65);
  await expect(linkState(console)).toHaveText('已连接');

  await console.reload();
  await runUntil(console, () => console.getByTestId('time-of-day').isVisible(), 'the reloaded console');
  await tick(console, JOINED_MS);
  await expect(console.locator('.presenter')).toHaveAttribute('data-joining', 'false');
  await expect(progress(console)).toHaveText('3 / 24 · 已暂停');
  await expect(console.getByRole('button', { name: '继续' })).toBeVisible();
  const after = seconds((await console.getByTestId('elapsed').textContent())!);
  expect(after).toBeGreaterThanOrEqual(before);
  expect(after).toBeLessThan(before + 5);
  // The screen follows the reloaded console, still paused: its own tour did not move meanwhile.
  await tick(console, 1_000);
  await expect(screen.getByText(/^由演讲者视图控制/)).toBeAttached();
  await expect(screenProgress(screen)).toHaveText(/^3 \/ 24 · 已暂停$/);

  // A second console joins the running room: the same stop, pause and clock.
  const second = await console.context().newPage();
  await openConsoleOnPausedClock(second);
  await expect(progress(second)).toHaveText('3 / 24 · 已暂停');
  expect(seconds((await second.getByTestId('elapsed').textContent())!)).toBeGreaterThanOrEqual(after);
  await expect(linkState(second)).toContainText('另有 1 个演讲者视图同步');

  // Each console's step is the other's, and the screen's.
  await console.keyboard.press('ArrowRight');
  await expect(progress(second)).toHaveText('4 / 24 · 已暂停', FOLLOWS);
  await expect(screenProgress(screen)).toHaveText(/^4 \/ 24 · /, FOLLOWS);
  await second.keyboard.press('PageDown');
  await expect(progress(console)).toHaveText('5 / 24 · 已暂停', FOLLOWS);
  await expect(screenProgress(screen)).toHaveText(/^5 \/ 24 · /, FOLLOWS);
  await second.keyboard.press('Space');
  await expect(console.getByRole('button', { name: '暂停' })).toBeVisible(FOLLOWS);
  await expect(screenProgress(screen)).toHaveText(/^5 \/ 24 · 轮播中$/, FOLLOWS);
});

test('paused from the console, the screen stays paused after the console closes', async ({
  page: console,
}) => {
  const screen = await openRoomOnPausedClock(console);
  await console.keyboard.press('ArrowRight');
  await console.keyboard.press('Space');
  await expect(screenProgress(screen)).toHaveText('2 / 24 · 已暂停', FOLLOWS);
  const shown = await screen.getByTestId('tour-announcement').textContent();

  await console.close();
  await tick(screen, 2_000);
  await expect(screen.getByText(/^由演讲者视图控制/)).toHaveCount(0);
  // On its own again, the screen is no longer clean: its controls are there.
  await expect(screen.locator('.present')).toHaveAttribute('data-clean', 'false');
  await expect(screenControls(screen)).toBeVisible();
  await screen.clock.runFor(600_000);
  await expect(screenProgress(screen)).toHaveText('2 / 24 · 已暂停');
  await expect(screen.getByTestId('tour-announcement')).toHaveText(shown!);

  // Its own tour does run once resumed (so the stillness above was the pause).
  await screen.keyboard.press('Space');
  await expect(screenProgress(screen)).toHaveText('2 / 24 · 轮播中');
  await screen.clock.runFor(120_000);
  await expect(screenProgress(screen)).toHaveText(/^3 \/ 24 · /);
});

test.describe('a clean audience screen', () => {
  test('driven by a console, its controls hide until the pointer moves or Tab, and hide again after 2.5 s unless the keyboard is on them', async ({
    page: console,
  }) => {
    const screen = await openRoomOnPausedClock(console);
    const present = screen.locator('.present');
    await expect(present).toHaveAttribute('data-clean', 'true');
    await expect(present).toHaveAttribute('data-controls', 'hidden');
    await expect(screenControls(screen)).toBeHidden();
    await expect(screen.locator('.present-keys')).toBeHidden();
    expect(await present.evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
    // The map and the tour are the content: they are there.
    await expect(screenHeading(screen)).toBeVisible();

    await screen.mouse.move(400, 300);
    await screen.mouse.move(420, 320);
    await expect(present).toHaveAttribute('data-controls', 'shown');
    await expect(screenControls(screen)).toBeVisible();
    await expect(screen.locator('.present-keys')).toBeVisible();
    await tick(screen, CONTROLS_HIDE_MS - 500);
    await expect(screenControls(screen)).toBeVisible();
    // A move re-arms the wait; a move of a pixel or two (a browser re-sending a move) does not.
    await screen.mouse.move(440, 340);
    await tick(screen, CONTROLS_HIDE_MS - 500);
    await expect(screenControls(screen)).toBeVisible();
    await screen.mouse.move(441, 341);
    await tick(screen, 750);
    await expect(present).toHaveAttribute('data-controls', 'hidden');
    await expect(screenControls(screen)).toBeHidden();

    // Tab brings them back; while the keyboard's focus is on one of them they stay, so the focus stays visible.
    await screen.keyboard.press('Tab');
    await expect(screenControls(screen)).toBeVisible();
    await screen.getByRole('button', { name: '暂停' }).focus();
    await screen.keyboard.press('Shift+Tab');
    await screen.keyboard.press('Tab');
    await tick(screen, CONTROLS_HIDE_MS + 250);
    await expect(present).toHaveAttribute('data-controls', 'hidden');
    await expect(screenControls(screen)).toBeVisible();
    await screen.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect(screenControls(screen)).toBeHidden();
  });

  test('the tooltip left by hovering the map is gone when the controls hide and when the stop changes', async ({
    page: console,
  }) => {
    const screen = await openRoomOnPausedClock(console);
    const hover = async () => {
      const xinyang = await mapPoint(screen, [114.9, 32.0]);
      // From off the map, so the chart sees the pointer come onto 信阳 (a move within one shape is no new hover).
      await screen.mouse.move(5, 5);
      await screen.mouse.move(xinyang.x, xinyang.y);
      await screen.clock.runFor(50);
      await expect(mapTooltip(screen)).toBeVisible();
      await expect(mapTooltip(screen)).toContainText('信阳市');
      expect(await highlighted(screen)).toBeGreaterThan(0);
    };

    // The pointer rests on the map: when the controls hide, the tooltip and the highlight go with them.
    await hover();
    await tick(screen, CONTROLS_HIDE_MS + 250);
    await expect(screenControls(screen)).toBeHidden();
    await expect(mapTooltip(screen)).toBeHidden();
    expect(await highlighted(screen)).toBe(0);

    // From the last 省级 stop to 郑州市: the map drills in, and nothing of the hover is left.
    await console.keyboard.press('6');
    await console.keyboard.press('Enter');
    await expect(screenProgress(screen)).toHaveText(/^6 \/ 24 · /, FOLLOWS);
    // The stop's own clearing is done (a map's update lands in a frame or two) before the pointer comes again.
    await tick(screen, 250);
    await hover();
    await console.keyboard.press('ArrowRight');
    await expect(screenHeading(screen)).toContainText('郑州市', FOLLOWS);
    // ECharts hides its tooltip after its hideDelay (100 ms): time for that, and for anything that would show it
    // again.
    await tick(screen, 500);
    await expect(mapTooltip(screen)).toBeHidden();
    expect(await highlighted(screen)).toBe(0);
  });

  // Every stop clears the pointer's tooltip, also between two stops of one place (the same focus).
  test('the tooltip is gone after a stop change within the 省级 group too', async ({ page: console }) => {
    const screen = await openRoomOnPausedClock(console);
    const xinyang = await mapPoint(screen, [114.9, 32.0]);
    await screen.mouse.move(xinyang.x - 10, xinyang.y - 10);
    await screen.mouse.move(xinyang.x, xinyang.y);
    await screen.clock.runFor(50);
    await expect(mapTooltip(screen)).toBeVisible();
    await console.keyboard.press('ArrowRight');
    await expect(screenHeading(screen)).toContainText('2/6', FOLLOWS);
    await tick(screen, 500);
    await expect(mapTooltip(screen)).toBeHidden();
  });
});

test.describe('the console’s stop grids and typed stop numbers', () => {
  test('each grid is one Tab stop; arrows, Home and End move the focus, not the tour; Enter jumps', async ({
    page: console,
  }) => {
    await openConsole(console);
    const stops = stopGrid(console);
    const places = placeGrid(console);
    await expect(stops.getByRole('button')).toHaveCount(STOPS);
    await expect(stops.locator('button[tabindex="0"]')).toHaveCount(1);
    await expect(places.locator('button[tabindex="0"]')).toHaveCount(1);

    // The whole page's Tab order passes through each grid once.
    const grids: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      await console.keyboard.press('Tab');
      const where = await console.evaluate(
        () =>
          document.activeElement?.closest('[role=group]')?.getAttribute('aria-label') ??
          document.activeElement?.tagName ??
          '',
      );
      if (where === 'BODY') break;
      grids.push(where);
    }
    expect(grids.filter((g) => g === '各站')).toHaveLength(1);
    expect(grids.filter((g) => g === '各地')).toHaveLength(1);
    // Tab never moved the tour.
    await expect(current(console)).toHaveText('省级 1/6');

    // In the grid of stops: the Tab stop is the current stop; the arrows move the focus only.
    await stops.locator('button[tabindex="0"]').focus();
    await expect(focusedIn(stops)).toHaveText('1 省级 1/6');
    await console.keyboard.press('ArrowRight');
    await expect(focusedIn(stops)).toHaveText('2 省级 2/6');
    await console.keyboard.press('ArrowDown');
    const below = await focusedIn(stops).evaluate((el) => [...el.parentElement!.children].indexOf(el));
    expect(below).toBeGreaterThan(1);
    await console.keyboard.press('ArrowUp');
    await expect(focusedIn(stops)).toHaveText('2 省级 2/6');
    await console.keyboard.press('End');
    await expect(focusedIn(stops)).toHaveText(/^24 /);
    await console.keyboard.press('Home');
    await expect(focusedIn(stops)).toHaveText('1 省级 1/6');
    await console.keyboard.press('ArrowLeft');
    await expect(focusedIn(stops)).toHaveText('1 省级 1/6');
    await expect(current(console)).toHaveText('省级 1/6');
    await expect(progress(console)).toHaveText(/^1 \/ 24 · /);

    await console.keyboard.press('End');
    const last = (await focusedIn(stops).textContent())!.replace(/^24 /, '');
    await console.keyboard.press('Enter');
    await expect(current(console)).toHaveText(last);
    await expect(progress(console)).toHaveText(/^24 \/ 24 · /);
    await expect(stops.getByRole('button', { pressed: true })).toHaveText(/^24 /);
    // Tab leaves the grid for the next one; Shift+Tab comes back to the current stop.
    await console.keyboard.press('Tab');
    await expect(focusedIn(places)).toHaveCount(1);
    await console.keyboard.press('Shift+Tab');
    await expect(focusedIn(stops)).toHaveText(/^24 /);

    // The grid of places: 省级 and the prefectures; the arrows move the focus, Enter jumps to the place.
    await places.getByRole('button', { name: '省级', exact: true }).focus();
    await console.keyboard.press('ArrowRight');
    await expect(focusedIn(places)).toHaveText('郑州');
    await expect(progress(console)).toHaveText(/^24 \/ 24 · /);
    await console.keyboard.press('Enter');
    await expect(current(console)).toHaveText('郑州市');
    await expect(progress(console)).toHaveText(/^7 \/ 24 · /);
  });

  test('digits then Enter jump to a stop: any stop within a few keys of the page’s start', async ({
    page: console,
  }) => {
    await openConsole(console);
    // From the page's start, the focus nowhere: the last stop in three keys.
    await console.keyboard.press('2');
    await console.keyboard.press('4');
    await expect(console.getByTestId('presenter-typed')).toHaveText('跳到第 24 站：按 Enter');
    await console.keyboard.press('Enter');
    await expect(progress(console)).toHaveText(/^24 \/ 24 · /);
    await expect(console.getByTestId('presenter-typed')).toHaveCount(0);

    await console.keyboard.press('1');
    await console.keyboard.press('2');
    await expect(console.getByTestId('presenter-typed')).toHaveText('跳到第 12 站：按 Enter');
    await console.keyboard.press('Backspace');
    await expect(console.getByTestId('presenter-typed')).toHaveText('跳到第 1 站：按 Enter');
    await console.keyboard.press('7');
    await console.keyboard.press('Enter');
    await expect(progress(console)).toHaveText(/^17 \/ 24 · /);

    // Focused on a stop of the grid, the typed number wins over the button.
    await stopGrid(console).getByRole('button', { name: /^3 / }).focus();
    await console.keyboard.press('7');
    await console.keyboard.press('Enter');
    await expect(current(console)).toHaveText('郑州市');
    await expect(progress(console)).toHaveText(/^7 \/ 24 · /);

    // Every stop is its number and Enter away: three keys at most.
    for (let stop = 1; stop <= STOPS; stop += 1) {
      for (const digit of String(stop)) await console.keyboard.press(digit);
      await console.keyboard.press('Enter');
      await expect(progress(console)).toHaveText(new RegExp(`^${stop} / ${STOPS} · `));
    }
    await console.keyboard.press('7');
    await console.keyboard.press('Enter');

    // A number past the last stop goes nowhere; another key drops what was typed.
    await console.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await console.keyboard.press('9');
    await console.keyboard.press('9');
    await console.keyboard.press('Enter');
    await expect(progress(console)).toHaveText(/^7 \/ 24 · /);
    await console.keyboard.press('3');
    await console.keyboard.press('ArrowRight');
    await expect(console.getByTestId('presenter-typed')).toHaveCount(0);
    await expect(progress(console)).toHaveText(/^8 \/ 24 · /);
  });
});

test('the console announces each stop politely: its number, name and count, paused, black', async ({
  page: console,
}) => {
  await openConsole(console);
  const said = announcement(console);
  await expect(said).toHaveAttribute('aria-live', 'polite');
  await expect(said).toHaveText('第 1/24 站：省级 1/6，本站 2 项（省级共 11 项）');
  await console.keyboard.press('7');
  await console.keyboard.press('Enter');
  await expect(said).toHaveText('第 7/24 站：郑州市，本站 2 项');
  await console.keyboard.press('Space');
  await expect(said).toHaveText('第 7/24 站：郑州市，本站 2 项（已暂停）');
  await console.keyboard.press('b');
  await expect(said).toHaveText('放映窗口已黑屏');
  await console.keyboard.press('b');
  await expect(said).toHaveText('第 7/24 站：郑州市，本站 2 项（已暂停）');
  await console.keyboard.press('PageUp');
  await expect(said).toHaveText('第 6/24 站：省级 6/6，本站 1 项（省级共 11 项）（已暂停）');
});

test.describe('pacing against the plan', () => {
  test('计划 24 分钟 over 24 stops: on time, behind, ahead, over time', async ({ page: console }) => {
    await installPausedClock(console);
    await openConsoleOnPausedClock(console);
    const pacing = console.getByTestId('pacing');
    await expect(pacing).toHaveCount(0);
    // The tour stays at the first stop while the time runs: a minute a stop is due.
    await console.keyboard.press('Space');
    await console.getByRole('button', { name: '重新计时' }).click();
    await console.clock.runFor(1_000);
    const plan = console.getByRole('spinbutton', { name: /计划/ });
    await plan.fill('24');
    // Not yet: the field commits on Enter or on leaving it.
    await expect(pacing).toHaveCount(0);
    await plan.press('Enter');
    await expect(pacing).toHaveText('按时 · 剩余 23:59');
    await expect(pacing).toHaveAttribute('data-pacing', 'on-time');

    await console.clock.runFor(209_000);
    await expect(pacing).toHaveText('落后 3 站 · 剩余 20:30');
    await expect(pacing).toHaveAttribute('data-pacing', 'behind');
    await console.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await console.keyboard.press('1');
    await console.keyboard.press('0');
    await console.keyboard.press('Enter');
    await expect(pacing).toHaveText('提前 6 站 · 剩余 20:30');
    await expect(pacing).toHaveAttribute('data-pacing', 'ahead');
    await console.keyboard.press('4');
    await console.keyboard.press('Enter');
    await expect(pacing).toHaveText('按时 · 剩余 20:30');

    // A longer plan, committed by leaving the field (Tab): two minutes a stop, so 3.5 minutes in, stop 2 is due.
    await plan.fill('48');
    await plan.press('Tab');
    await expect(pacing).toHaveText('提前 2 站 · 剩余 44:30');
    await plan.fill('24');
    await plan.press('Enter');
    await console.clock.runFor(1_290_000);
    // 25 minutes in, by the console's clock, which ticks each second: a minute over, or a tick short of it.
    await expect(pacing).toHaveText(/^超时 (0:59|1:00)$/);
    await expect(pacing).toHaveAttribute('data-pacing', 'over');
    // An empty plan is none: no pacing.
    await plan.fill('');
    await plan.press('Enter');
    await expect(pacing).toHaveCount(0);
  });

  // Right after 重新计时 the clock may read a moment before its new start: that is the start.
  test('right after 重新计时 the first stop is on time', async ({ page: console }) => {
    await installPausedClock(console);
    await openConsoleOnPausedClock(console);
    await console.keyboard.press('Space');
    const plan = console.getByRole('spinbutton', { name: /计划/ });
    await plan.fill('24');
    await plan.press('Enter');
    await console.clock.runFor(500);
    await console.getByRole('button', { name: '重新计时' }).click();
    await expect(console.getByTestId('pacing')).toHaveAttribute('data-pacing', 'on-time');
  });
});

test('one meaning per number: 本站 n 项 is what the stop shows, its group’s total said apart', async ({
  page: console,
}) => {
  await openConsole(console);
  const screen = await openScreen(console);
  const heading = console.locator('#presenter-now-heading');
  await expect(heading).toHaveText(/省级 1\/6 · 本站 2 项（省级共 11 项）$/);
  await expect(screenHeading(screen)).toHaveText(/^省级\s*1\/6\s*本站 2 项（省级共 11 项）$/);

  for (let stop = 1; stop <= STOPS; stop += 1) {
    await expectSameStop(console, screen, stop);
    const words = (await heading.textContent())!;
    const here = Number(/本站 (\d+) 项/.exec(words)?.[1]);
    // The number is the projects the stop shows, on the console and on the screen.
    await expect(console.locator('.presenter-point')).toHaveCount(here);
    await expect(screen.locator('.tour-project')).toHaveCount(here, FOLLOWS);
    await expect(screen.locator('.tour-count')).toHaveText(/^本站 \d+ 项/);
    expect(await screen.locator('.tour-count').textContent()).toBe(words.replace(/^.* · /, ''));
    // A group's total is named as the group's, and only for a group over several stops.
    if (stop <= 6) expect(words).toMatch(new RegExp(`省级 ${stop}/6 · 本站 \\d 项（省级共 11 项）$`));
    else expect(words).toMatch(/ · 本站 \d+ 项$/);
    await console.keyboard.press('ArrowRight');
  }
  await console.keyboard.press('7');
  await console.keyboard.press('Enter');
  await expect(heading).toHaveText(/郑州市 · 本站 2 项$/);
  await expect(screenHeading(screen)).toHaveText(/^郑州市\s*本站 2 项$/, FOLLOWS);
});

// The offline file is opened from disk, outside the preview server's origin the fixtures guard: plain tests.
plain.describe('the meeting from the offline file', () => {
  const offlineFile = offlinePackage();
  plain.use({ reducedMotion: 'reduce' });

  plain(
    'the console opens its screen; next, black and pause reach it; the screen’s 演讲者视图 opens a console that adopts the room',
    async ({ page: console, context }) => {
      plain.setTimeout(90_000);
      const errors: string[] = [];
      const network = await blockNetwork(context);
      context.on('page', (p) => p.on('pageerror', (error) => errors.push(String(error))));
      console.on('pageerror', (error) => errors.push(String(error)));
      // As in presenter.spec.ts: no BroadcastChannel, the windows' postMessage alone carries the room (and the
      // screen relays between the two consoles, which do not know each other).
      await context.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
      await console.goto(`${offlineFile()}?mode=presenter&interval=120`);
      await expect(console.locator('.presenter')).toHaveAttribute('data-joining', 'false');
      const [screen] = await Promise.all([
        console.waitForEvent('popup'),
        console.getByRole('button', { name: '打开放映窗口' }).click(),
      ]);
      await waitForMap(screen);
      await expect(linkState(console)).toHaveText('已连接');
      await expect(screen.locator('.present')).toHaveAttribute('data-clean', 'true');
      await expectSameStop(console, screen, 1);

      await console.keyboard.press('PageDown');
      await expectSameStop(console, screen, 2);
      await console.keyboard.press('b');
      await expect(blackScreen(screen)).toBeVisible(FOLLOWS);
      await console.keyboard.press('b');
      await expect(blackScreen(screen)).toHaveCount(0, FOLLOWS);
      await console.keyboard.press('Space');
      await expect(screenProgress(screen)).toHaveText('2 / 24 · 已暂停', FOLLOWS);

      // The screen's own 演讲者视图 (its controls shown by a move of the pointer) opens a second console.
      await screen.mouse.move(300, 300);
      await screen.mouse.move(320, 320);
      const [second] = await Promise.all([
        screen.waitForEvent('popup'),
        screenControls(screen).getByRole('button', { name: '演讲者视图' }).click(),
      ]);
      await expect(second.locator('.presenter')).toHaveAttribute('data-joining', 'false');
      await expect(progress(second)).toHaveText('2 / 24 · 已暂停');
      await expect(console.getByRole('button', { name: '继续' })).toBeVisible();

      // The second console's step reaches the screen and, through it, the first console.
      await second.keyboard.press('PageDown');
      await expectSameStop(second, screen, 3);
      await expect(progress(console)).toHaveText('3 / 24 · 已暂停', FOLLOWS);
      await console.keyboard.press('PageUp');
      await expect(progress(second)).toHaveText('2 / 24 · 已暂停', FOLLOWS);
      await expectSameStop(console, screen, 2);

      expect(network, 'network requests').toEqual([]);
      expect(errors, 'uncaught errors').toEqual([]);
    },
  );
});

test.describe('the console on a laptop', () => {
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
  ] as const) {
    test(`at ${width}×${height} every control is in view: nothing runs over its card or below its column`, async ({
      page: console,
    }) => {
      await console.setViewportSize({ width, height });
      await openConsole(console);
      const screen = await openScreen(console);
      await expect(console.getByRole('img', { name: /^河南省地图|^.*县区地图$/ }).first()).toBeVisible();
      // Every button, field and select lies inside the window and inside every box that clips it.
      const clipped = await console.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.presenter button, .presenter input, .presenter select')]
          .filter((el) => el.offsetParent !== null)
          .filter((el) => {
            const box = el.getBoundingClientRect();
            if (box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5) return true;
            for (let up = el.parentElement; up; up = up.parentElement) {
              if (
                getComputedStyle(up).overflowY === 'visible' &&
                getComputedStyle(up).overflowX === 'visible'
              )
                continue;
              const frame = up.getBoundingClientRect();
              if (box.bottom > frame.bottom + 0.5 || box.top < frame.top - 0.5) return true;
              if (box.right > frame.right + 0.5 || box.left < frame.left - 0.5) return true;
            }
            return false;
          })
          .map((el) => el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName),
      );
      expect(clipped).toEqual([]);
      expect(await console.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
      await screen.close();
    });
  }
});

test.describe('what the room sees, in the console', () => {
  const picture = (console: Page, name: RegExp) => console.getByRole('figure', { name });
  const now = (console: Page) => picture(console, /^放映窗口当前画面/);
  const upcoming = (console: Page) => picture(console, /^下一站画面/);

  test('the pictures of the screen now and of the next stop follow the room: its stop, its pause, its black', async ({
    page: console,
  }) => {
    await openConsole(console);
    const screen = await openScreen(console);
    await expect(now(console)).toHaveAttribute('data-map-target', 'province');
    await expect(upcoming(console)).toHaveAttribute('data-map-target', 'province');
    // 南阳 is stop 19, 商丘 comes next: both pictures are the prefectures' county maps, as the screen draws them.
    await console.keyboard.type('19');
    await console.keyboard.press('Enter');
    await expect(screenHeading(screen)).toContainText('南阳市', FOLLOWS);
    await expect(now(console)).toHaveAttribute('data-map-target', '411300');
    await expect(now(console).getByRole('img')).toHaveAttribute('alt', '南阳市县区地图');
    await expect(upcoming(console)).toHaveAttribute('data-map-target', '411400');
    await console.keyboard.press('Space');
    await expect(now(console)).toContainText('已暂停');
    // The screen switched to 浅色: the console's pictures are drawn in the screen's colours.
    await expect(now(console)).toHaveAttribute('data-theme', 'dark');
    await screen.mouse.move(300, 300);
    await screen.mouse.move(320, 320);
    await screen.getByRole('button', { name: '深色' }).click();
    await expect(now(console)).toHaveAttribute('data-theme', 'light');
    await expect(upcoming(console)).toHaveAttribute('data-theme', 'light');
    await console.keyboard.press('b');
    await expect(now(console)).toHaveAttribute('data-state', 'black');
    await expect(now(console)).toContainText('黑屏');
    await expect(blackScreen(screen)).toBeVisible();
  });

  test('a stop whose county map fails says so over its picture, and 重试 brings it', async ({
    page: console,
    guards,
  }) => {
    guards.allowConsoleErrors.push(/Failed to load resource|dynamically imported module/i);
    const nanyang = /\/assets\/411300-[^/]+\.js$/;
    const drop = (route: Parameters<Parameters<Page['route']>[1]>[0]) => route.abort('failed');
    await console.route(nanyang, drop);
    await openConsole(console);
    await console.keyboard.type('19');
    await console.keyboard.press('Enter');
    await expect(now(console)).toHaveAttribute('data-state', 'missing');
    await expect(now(console)).toContainText('南阳市县区地图加载失败');
    // Never the stop before in its place.
    await expect(now(console).getByRole('img')).toHaveCount(0);
    await console.unroute(nanyang, drop);
    await now(console).getByRole('button', { name: '重试' }).click();
    await expect(now(console)).toHaveAttribute('data-map-target', '411300');
  });
});
