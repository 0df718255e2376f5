import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

// A screen follows its console within 200 ms (presenter.spec.ts); this is that promise with room to spare.
const FOLLOWS = { timeout: 1_000 };
// Longer than the office select's rest (400 ms) and a few of the console's heartbeats: time in which a step
// that reached the store would have reached the screen. It passes on the pages' own clock (installed before they
// load, running as real time does), so every timer due in it has fired, however slow the machine.
const LONGER_THAN_A_REST_MS = 1_200;

const screenStop = (screen: Page) => screen.locator('#tour-heading');
const regionSelect = (console: Page) => console.getByRole('combobox', { name: '地区' });
/** The name of the prefecture a 地区 option shows, without its count. */
const optionName = (text: string) => text.replace(/（\d+）$/, '');

/** A console and a screen in another window of the same browser, connected, the screen at its first stop. */
async function openMeeting(console: Page): Promise<Page> {
  await console.clock.install();
  await console.goto('/?mode=presenter&interval=120');
  const screen = await console.context().newPage();
  await screen.goto('/?mode=present&interval=120');
  await waitForMap(screen);
  await expect(console.locator('.presenter-link')).toHaveText('已连接');
  await expect(screenStop(screen)).toContainText('省级', FOLLOWS);
  return screen;
}

test('arrowing through the console’s 地区 changes the screen only on Enter or leaving the select', async ({
  page: console,
}) => {
  const screen = await openMeeting(console);
  const select = regionSelect(console);
  await select.focus();
  for (let i = 0; i < 3; i += 1) {
    await console.keyboard.press('ArrowDown');
    await console.clock.runFor(LONGER_THAN_A_REST_MS / 3);
  }
  const stepped = optionName(await select.locator('option:checked').innerText());
  expect(stepped).not.toMatch(/^全省/);
  await console.clock.runFor(LONGER_THAN_A_REST_MS);
  await expect(screenStop(screen)).toContainText('省级');
  await expect(console.getByTestId('presenter-current')).toContainText('省级');

  await console.keyboard.press('Enter');
  await expect(screenStop(screen)).toContainText(stepped, FOLLOWS);

  // Stepping on, then Tab away: the screen waits for the Tab.
  await console.keyboard.press('ArrowDown');
  const next = optionName(await select.locator('option:checked').innerText());
  expect(next).not.toBe(stepped);
  await console.clock.runFor(LONGER_THAN_A_REST_MS);
  await expect(screenStop(screen)).toContainText(stepped);
  await console.keyboard.press('Tab');
  await expect(screenStop(screen)).toContainText(next, FOLLOWS);

  // A pick (the mouse, from the open list) applies at once.
  await select.selectOption('411300');
  await expect(screenStop(screen)).toContainText('南阳市', FOLLOWS);
});

test('the console’s 地区 offers no prefecture with (0); the office’s select still lists them all', async ({
  page,
}) => {
  await page.goto('/?mode=presenter&level=county');
  const options = regionSelect(page).locator('option');
  const empty = options.filter({ hasText: /（0）$/ });
  await expect(empty.first()).toBeAttached();
  for (const option of await empty.all()) await expect(option).toBeDisabled();
  for (const option of await options.filter({ hasText: /（[1-9]\d*）$/ }).all()) {
    await expect(option).toBeEnabled();
  }

  await page.goto('/?level=county');
  await waitForMap(page);
  await expect(regionSelect(page).locator('option:disabled')).toHaveCount(0);
});

test('a screen driven by a console, with nothing matching, points to the console’s filters', async ({
  page: console,
}) => {
  const screen = await openMeeting(console);
  const search = console.getByRole('searchbox', { name: '搜索' });
  await search.fill('没有这样的项目');
  await console.clock.runFor(LONGER_THAN_A_REST_MS);
  await expect(screen.locator('.tour-project').first()).toBeVisible();

  await search.press('Enter');
  await expect(screenStop(screen)).toHaveText('无匹配项目', FOLLOWS);
  await expect(screen.locator('.tour-empty')).toHaveText(
    '没有符合当前筛选条件的项目：请在演讲者视图中调整筛选。',
  );
});

test('a console filter that moves the stop is one change of the room, not one for the filter and one for the stop', async ({
  page: console,
}) => {
  const screen = await openMeeting(console);
  // Listens to the room as every window does, from the screen's page: the versions of the rooms consoles send.
  await screen.evaluate(() => {
    const heard: number[] = [];
    Object.assign(window, { __roomVersions: heard });
    new BroadcastChannel('chucai-presenter').addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { kind?: string; room?: { version: number } };
      if (data.kind === 'state' && data.room) heard.push(data.room.version);
    });
  });
  const heard = () =>
    screen.evaluate(() => (window as unknown as { __roomVersions: number[] }).__roomVersions);
  // A heartbeat gives the room's version now.
  await expect.poll(async () => (await heard()).length).toBeGreaterThan(0);
  const before = Math.max(...(await heard()));
  // 南阳市's steps do not hold the first stop (省级): the filter and the new stop go out together.
  await regionSelect(console).selectOption('411300');
  await expect(screenStop(screen)).toContainText('南阳市', FOLLOWS);
  // Two heartbeats after the change: whatever the console sent for it has been heard.
  await expect.poll(async () => (await heard()).filter((v) => v > before).length).toBeGreaterThan(2);
  expect([...new Set((await heard()).filter((v) => v > before))]).toEqual([before + 1]);
});
