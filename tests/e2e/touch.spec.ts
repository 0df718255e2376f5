import type { Page } from '@playwright/test';
import { appStarted, expect, sidewaysScroll, test } from './fixtures';

/** The sizes people hold, with touch: a small phone, a phone, a phone on its side, a tablet either way up. */
const TOUCH_SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
];

/** At least this share of the map's frame is on the first screen, whatever the size. */
const MAP_ON_FIRST_SCREEN = 0.6;
/** The smallest target a finger can be trusted to hit. */
const TOUCH_TARGET_PX = 44;

/** The map frame's box and the share of its height within the first screen (before any scroll). */
function mapOnFirstScreen(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('.map-chart')!.getBoundingClientRect();
    const shown = Math.min(frame.bottom, innerHeight) - Math.max(frame.top, 0);
    return { top: frame.top, bottom: frame.bottom, share: Math.max(0, shown) / frame.height };
  });
}

/** The vertical positions of each character of the given text inside the element (one line: one value). */
function lineTopsOf(page: Page, selector: string, text: string) {
  return page.evaluate(
    ([selector, text]) => {
      const node = [...document.querySelector(selector)!.childNodes].find((n) =>
        n.textContent?.includes(text),
      )!;
      const start = node.textContent!.indexOf(text);
      const tops = new Set<number>();
      for (let i = start; i < start + text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        tops.add(Math.round(range.getBoundingClientRect().top));
      }
      return [...tops];
    },
    [selector, text] as const,
  );
}

/** Controls on the first screen (and the skip link, wherever it waits) smaller than a finger's target. */
function smallTargets(page: Page) {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      '.first-screen :is(a, button, select, input, [role="button"]), .skip-link',
    );
    return [...controls]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .map((el) => ({ name: el.textContent?.trim() ?? el.tagName, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < min - 0.5 || box.width < min - 0.5)
      .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, TOUCH_TARGET_PX);
}

for (const size of TOUCH_SIZES) {
  test.describe(`touch ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    test('the map is on the first screen, the title keeps its year whole, every target takes a finger', async ({
      page,
    }) => {
      await page.goto('/');
      await appStarted(page);
      const map = await mapOnFirstScreen(page);
      expect(
        map.share,
        `map frame ${Math.round(map.top)}–${Math.round(map.bottom)} px`,
      ).toBeGreaterThanOrEqual(MAP_ON_FIRST_SCREEN);
      // A tablet held sideways has the whole map on its first screen.
      if (size.width === 1024) expect(map.bottom).toBeLessThanOrEqual(size.height);
      expect(await sidewaysScroll(page)).toBe(0);

      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toHaveText(/（\d{4}年度）$/);
      const year = (await title.textContent())!.match(/\d{4}年度/)![0];
      expect(await lineTopsOf(page, 'h1', year)).toHaveLength(1);
      // Wherever the screen is short or narrow, the title is one line.
      if (size.width !== 768)
        expect(await lineTopsOf(page, 'h1', (await title.textContent())!)).toHaveLength(1);

      expect(await smallTargets(page)).toEqual([]);
    });
  });
}
