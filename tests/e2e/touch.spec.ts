import type { Page } from '@playwright/test';
import { appStarted, expect, makeChartByTouch, shownMap, sidewaysScroll, TAP_SIZES, test } from './fixtures';

/**
 * The sizes people hold, with touch: a small phone, a phone, phones on their side (small to large), a tablet either
 * way up.
 */
const TOUCH_SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 568, height: 320 },
  { width: 667, height: 375 },
  { width: 740, height: 360 },
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

/** The smallest size of visible text on screen (CSS px), with the text that has it. */
function smallestText(page: Page) {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent!.trim();
      const element = walker.currentNode.parentElement!;
      if (
        !text ||
        element.closest('.visually-hidden, style, script') ||
        element.getClientRects().length === 0
      )
        continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      const px = parseFloat(style.fontSize);
      if (px < smallest.px) smallest = { px, text: text.slice(0, 12) };
    }
    return smallest;
  });
}

/** Every font size the live map chart's option sets (its names, pins' names, legend, tooltip). */
function chartFontSizes(page: Page) {
  return page.evaluate(() => {
    const sizes: number[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'fontSize' && typeof inner === 'number') sizes.push(inner);
          else walk(inner);
        }
    };
    walk(window.__charts!.get('map')!.getOption());
    return sizes;
  });
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

    test('no text under 12 px: the first screen, its static map and the chart that replaces it', async ({
      page,
    }) => {
      await page.goto('/');
      await appStarted(page);
      const onStaticMap = await smallestText(page);
      expect(onStaticMap.px, onStaticMap.text).toBeGreaterThanOrEqual(12);
      // A touch where the static map shows nothing to choose makes the chart, for the same box.
      await makeChartByTouch(page);
      expect(Math.min(...(await chartFontSizes(page)))).toBeGreaterThanOrEqual(12);
      const onChart = await smallestText(page);
      expect(onChart.px, onChart.text).toBeGreaterThanOrEqual(12);
    });
  });
}

test.describe('a small phone on its side, 568×320', () => {
  test.use({ viewport: { width: 568, height: 320 }, hasTouch: true, isMobile: true });

  test('the header’s buttons fold behind 更多, which opens and closes from the keyboard', async ({
    page,
  }) => {
    await page.goto('/');
    await appStarted(page);
    const more = page.getByRole('button', { name: '更多' });
    const present = page.getByRole('button', { name: '演示模式' });
    await expect(present).toBeHidden();
    // The header is one row: 更多 beside the title.
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(60);

    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '深色' })).toBeFocused();
    for (const name of ['深色', '演示模式', '导出看板PNG', '导出PPT'])
      await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    await expect(present).toBeHidden();

    // A tap elsewhere folds the list away, too.
    await more.tap();
    await expect(present).toBeVisible();
    await page.locator('.key-figures').tap();
    await expect(present).toBeHidden();
  });
});

/**
 * On the static map, what a finger lands on at the middle of each name, pin and shape, resolved as a tap there is
 * (the topmost element, then the place it stands for): mismatches, as "what was aimed at → what a tap chooses".
 */
function staticMapMistaps(page: Page) {
  return page.evaluate(() => {
    // The whole map in view: only what is on screen can be hit.
    document.querySelector('.map-chart')!.scrollIntoView({ block: 'center' });
    const placeOf = (el: Element | null) => {
      const hit = el?.closest('[data-region], [data-project], [data-province]');
      if (!hit) return 'nothing';
      if (hit.hasAttribute('data-province')) return 'province';
      return hit.getAttribute('data-region') ?? `project ${hit.getAttribute('data-project')}`;
    };
    const middle = (el: Element) => {
      const r = el.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2] as const;
    };
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none';
    const aims: { aim: string; at: readonly [number, number] }[] = [];
    // What each name and pin is for, read from its class (map-static-r410100, map-static-p13) as the static map
    // writes it for its own placement rules.
    const named = (el: Element, prefix: string) =>
      [...el.classList].find((c) => new RegExp(`^${prefix}\\d+$`).test(c))?.slice(prefix.length);
    for (const label of document.querySelectorAll('.map-static-label')) {
      if (shown(label)) aims.push({ aim: named(label, 'map-static-r')!, at: middle(label) });
    }
    for (const pin of document.querySelectorAll('.map-static-pin')) {
      if (shown(pin)) aims.push({ aim: `project ${pin.getAttribute('data-project')}`, at: middle(pin) });
    }
    for (const label of document.querySelectorAll('.map-static-pin-label')) {
      if (shown(label)) aims.push({ aim: `project ${named(label, 'map-static-p')}`, at: middle(label) });
    }
    // Each shape: some point of it (a grid of 24 × 24 over its box) that a tap chooses it from.
    const problems: string[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.map-static path[data-region]')) {
      const code = path.getAttribute('data-region')!;
      const box = path.getBoundingClientRect();
      let reachable = false;
      for (let i = 1; i < 24 && !reachable; i++) {
        for (let j = 1; j < 24 && !reachable; j++) {
          const x = box.left + (box.width * i) / 24;
          const y = box.top + (box.height * j) / 24;
          const hit = document.elementFromPoint(x, y);
          reachable = hit === path || placeOf(hit) === code;
        }
      }
      if (!reachable) problems.push(`shape ${code} → never`);
    }
    for (const { aim, at } of aims) {
      const lands = placeOf(document.elementFromPoint(at[0], at[1]));
      if (lands !== aim) problems.push(`${aim} → ${lands}`);
    }
    return { problems, aimed: aims.length };
  });
}

/** 漯河市, whose name on a phone's map reaches over 驻马店市. */
const LUOHE = '411100';

for (const size of TAP_SIZES) {
  test.describe(`tapping the map at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    test('a tap lands on the name, pin or shape under the finger', async ({ page }) => {
      await page.goto('/');
      await appStarted(page);
      const { problems, aimed } = await staticMapMistaps(page);
      expect(aimed).toBeGreaterThan(18);
      expect(problems).toEqual([]);

      // The real thing: a tap on 漯河's name drills into 漯河市.
      const label = page.locator(`.map-static-label[data-region="${LUOHE}"]`);
      await label.scrollIntoViewIfNeeded();
      const box = (await label.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page).toHaveURL(`/?region=${LUOHE}`);
    });
  });
}

/** Lighthouse's and the slow phone: slow 4G (1.6 Mbit/s down, 150 ms) and a CPU four times slower. */
const SLOW_PHONE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const SLOW_CPU = 4;

test.describe('the first tap on a phone on a slow link', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the chart’s code comes while idle; the tapped map stays, highlighted, until the drilled chart draws', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_PHONE });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU });
    await page.goto('/');
    await appStarted(page);
    // Untouched and idle, the phone fetches the chart's code: every module the build lists for it is in.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const listed = document.querySelector<HTMLMetaElement>('meta[name="modules-ahead"]');
            const files = listed?.content.split(' ') ?? [];
            const fetched = (file: string) =>
              performance
                .getEntriesByName(new URL(file, location.href).href, 'resource')
                .some((e) => (e as PerformanceResourceTiming).responseEnd > 0);
            return files.length > 0 && files.every(fetched);
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await page.evaluate(() => window.__charts?.has('map') ?? false)).toBe(false);

    // Every frame from the tap on: what the map's frame shows.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { __frames: Set<string> }).__frames = seen;
      const look = () => {
        const frame = document.querySelector('.map-chart')!;
        if (frame.querySelector('.map-loading')) seen.add('地图加载中');
        else if (frame.querySelector('.map-static-slot[data-chosen="411100"]'))
          seen.add('static, 漯河 chosen');
        else if (frame.querySelector('.map-static-slot')) seen.add('static');
        else if (frame.querySelector('canvas')) seen.add('chart');
        else seen.add('blank');
        requestAnimationFrame(look);
      };
      look();
    });
    const afterTap: string[] = [];
    page.on('request', (request) => afterTap.push(new URL(request.url()).pathname));
    const label = page.locator(`.map-static-label[data-region="${LUOHE}"]`);
    await label.scrollIntoViewIfNeeded();
    const box = (await label.boundingBox())!;
    const tapped = await page.evaluate(() => performance.now());
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(`/?region=${LUOHE}`);
    const drawnMap = async () =>
      (await page.evaluate(() => window.__charts?.has('map') ?? false)) ? (await shownMap(page)).map : 'none';
    await expect.poll(drawnMap, { timeout: 30_000 }).toBe(`counties-${LUOHE}`);
    const drilled = await page.evaluate(() => performance.now());
    test.info().annotations.push({
      type: 'tap → drilled map (slow 4G, CPU ×4)',
      description: `${Math.round(drilled - tapped)} ms (at most; the check polls)`,
    });

    const frames = await page.evaluate(() => [...(window as unknown as { __frames: Set<string> }).__frames]);
    expect(frames).toContain('static, 漯河 chosen');
    expect(frames).not.toContain('地图加载中');
    expect(frames).not.toContain('blank');
    // Nothing of the chart's code was left to fetch after the tap.
    const listed = await page.locator('meta[name="modules-ahead"]').getAttribute('content');
    expect(afterTap.filter((path) => listed!.split(' ').includes(path))).toEqual([]);
  });
});
