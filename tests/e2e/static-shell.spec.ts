import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { appStarted, expect, installPausedClock, listedIds, test, waitForMap } from './fixtures';

// The built page carries its first screen as HTML (scripts/prerender-plugin.ts): it paints before any script has
// arrived, a link to another view never shows the default one, and the app takes it over with nothing moving.

/** The page as a phone on a slow link sees it before the scripts arrive: every script file held back. */
async function withoutScripts(page: Page): Promise<void> {
  await page.route(/\.js(\?.*)?$/, (route) => route.abort());
}

/** Pauses the animation that reveals the stale-page message; its delay, in ms. */
function holdStaleMessage(page: Page): Promise<{ delay: number }> {
  return page.evaluate(() => {
    const reveal = document
      .getAnimations()
      .find((a) => (a as CSSAnimation).animationName === 'boot-stale-reveal');
    if (!reveal) throw new Error('no boot-stale-reveal animation');
    reveal.pause();
    return { delay: Number(reveal.effect?.getTiming().delay) };
  });
}

const FIRST_TITLE = /研究起草《关于新时代坚持和完善人民代表大会制度/;

test('the first screen paints before any script: title, figures, filters, the map and the list', async ({
  page,
  guards,
}) => {
  guards.allowConsoleErrors.push(/Failed to load resource/);
  await withoutScripts(page);
  await page.goto('/');
  // The message for a page that cannot start waits 5 s (a CSS animation): held where it is, it waits however
  // slow the machine is while the checks below run.
  const staleMessage = await holdStaleMessage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('河南省人大系统“出彩工作”（2022年度）');
  await expect(page.locator('.key-figure').first()).toContainText('35');
  await expect(page.getByRole('button', { name: /^县级/ })).toBeVisible();
  expect(await listedIds(page)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  await expect(page.getByText(FIRST_TITLE)).toBeVisible();
  // The map: every prefecture coloured by its count, the names, the 省级 marker and the legend.
  const map = page.locator('.map-static');
  await expect(map).toBeVisible();
  await expect(map.locator('path')).toHaveCount(18);
  expect(
    await map.locator('path').evaluateAll((paths) => new Set(paths.map((p) => p.getAttribute('fill'))).size),
  ).toBeGreaterThan(1);
  await expect(map.getByText('郑州市')).toBeVisible();
  await expect(map.getByText('省级 11 项')).toBeVisible();
  await expect(map.locator('.map-static-legend li')).toHaveCount(3);
  // The message for a page that cannot start waits its turn (5 s), then stands over the shell.
  expect(staleMessage.delay).toBe(5_000);
  await expect(page.getByText('看板尚未打开')).toBeHidden();
  await page.evaluate(() => {
    for (const a of document.getAnimations()) {
      if ((a as CSSAnimation).animationName === 'boot-stale-reveal') a.finish();
    }
  });
  await expect(page.getByText('看板尚未打开')).toBeVisible();
});

test('a link to another view, a presentation or the dark theme never shows the default view first', async ({
  page,
  guards,
}) => {
  guards.allowConsoleErrors.push(/Failed to load resource/);
  await withoutScripts(page);
  for (const link of ['/?region=411500&level=county', '/?cat=legislation', '/?mode=present', '/?q=条例']) {
    await page.goto(link);
    await expect(page.locator('.static-shell'), link).toBeAttached();
    await expect(page.getByText(FIRST_TITLE), link).toBeHidden();
    await expect(page.locator('.map-static'), link).toBeHidden();
    await expect(page.locator('.key-figure').first(), link).toBeHidden();
  }
  // Links that only carry what the app ignores keep the fast first screen (chat apps append their own).
  await page.goto('/?from=singlemessage&isappinstalled=0');
  await expect(page.getByText(FIRST_TITLE)).toBeVisible();
  // The shell is drawn light: a saved dark theme shows the dark frame, never a light map.
  await page.evaluate(() => localStorage.setItem('chucai.theme', 'dark'));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.map-static')).toBeHidden();
});

test('the app takes the shell over in place: the map never blinks out, nothing shifts', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[]; frames: string[]; shellNodes: Element[] };
    // The shell's own elements, taken before any script of the page runs.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        w.shellNodes = [
          ...document.querySelectorAll('h1, .key-figure, [data-project-id], .filters-column button'),
        ];
      }
    });
    w.shifts = [];
    w.frames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    // Every frame from the first: is the static map there, is the chart's canvas there?
    const sample = () => {
      const shell = document.querySelector('.map-static') ? 'S' : '-';
      const chart = document.querySelector('.map-canvas canvas') ? 'C' : '-';
      if (w.frames.at(-1) !== shell + chart) w.frames.push(shell + chart);
      if (chart === '-' || shell === 'S') requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto('/');
  await waitForMap(page);
  await expect(page.locator('.map-static')).toHaveCount(0);
  // The sampler stops at the first frame with the chart alone; the DOM may get there a frame before it does.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { frames: string[] }).frames.at(-1)))
    .toBe('-C');
  const { shifts, frames } = await page.evaluate(() => {
    const w = window as unknown as { shifts: number[]; frames: string[] };
    return { shifts: w.shifts, frames: w.frames };
  });
  // Hydrated, not rendered anew: the very elements of the page's HTML are the app's now (nothing painted twice),
  // and the first render matched the build's markup.
  const kept = await page.evaluate(() => {
    const nodes = (window as unknown as { shellNodes: Element[] }).shellNodes;
    return { count: nodes.length, kept: nodes.filter((n) => n.isConnected).length };
  });
  expect(kept.count).toBeGreaterThan(40);
  expect(kept.kept).toBe(kept.count);
  expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
  // The static map until the chart has drawn (the two may share frames), then the chart: no painted frame
  // without a map, however the frames fall.
  expect(frames[0]).toBe('S-');
  expect(frames.filter((f) => f === '--')).toEqual([]);
  expect(shifts.reduce((sum, v) => sum + v, 0)).toBeLessThanOrEqual(0.02);
  // And it is the app's own page now: the list answers the filters.
  await page.getByRole('button', { name: /^县级/ }).click();
  await expect.poll(() => listedIds(page).then((ids) => ids.length)).toBe(6);
});

test('a filter chosen before the chart has drawn never leaves the default view’s static map under it', async ({
  page,
}) => {
  // Animation frames wait for the test: the app hydrates and mounts its chart, which waits for a frame to
  // learn its box (echarts-for-react) and so has not drawn.
  await installPausedClock(page);
  await page.goto('/');
  await expect(page.locator('[data-chart="map"]')).toBeAttached();
  expect(await page.evaluate(() => window.__charts?.has('map') ?? false)).toBe(false);
  await expect(page.locator('.map-static')).toHaveCount(1);
  await page.getByRole('button', { name: /^县级/ }).click();
  await expect.poll(() => listedIds(page).then((ids) => ids.length)).toBe(6);
  await expect(page.locator('.map-static')).toHaveCount(0);
});

test.describe('a phone (touch-first)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the static map stands until the map is touched: ECharts only preloaded before; an export draws the map from the scene without making the chart', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('.map-static path')).toHaveCount(18);
    // The app has taken the page over (the 筛选 disclosure opens), and still no chart; ECharts and the shapes are
    // at most preloaded while the page is idle (fetched by a modulepreload link, not run).
    const filters = page.getByRole('button', { name: /^筛选/ });
    await appStarted(page);
    await filters.click();
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.map-static')).toHaveCount(1);
    expect(await page.evaluate(() => window.__charts?.has('map') ?? false)).toBe(false);
    const notPreloaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\/assets\/(echarts|henan|map-chart)-/.test(path))
        .filter((path) => !document.querySelector(`link[rel="modulepreload"][href="${path}"]`)),
    );
    expect(notPreloaded).toEqual([]);

    // 导出PNG draws the map off-screen from the scene: the file is the map, and the static map stays on screen.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出PNG：地图' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/地图.*\.png$/);
    const png = readFileSync((await download.path())!);
    // A PNG, wider than the phone's map: drawn at twice the box's size, not a blank frame.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(390);
    expect(png.length).toBeGreaterThan(50_000);
    await expect(page.locator('.map-static')).toHaveCount(1);
    expect(await page.evaluate(() => window.__charts?.has('map') ?? false)).toBe(false);
  });
});

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 412, height: 823 },
  { width: 768, height: 1024 },
]) {
  test.describe(`a touch screen ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    test('the static map shows and places every label as the chart does at that size', async ({ page }) => {
      await page.goto('/');
      await appStarted(page);
      // Each name: hidden, or its shift in lines; each county label: hidden, or the side of its pin it is on.
      const onStaticMap = await page.evaluate(() => {
        const placed: Record<string, string> = {};
        for (const path of document.querySelectorAll('.map-static path[data-region]')) {
          const code = path.getAttribute('data-region')!;
          const label = document.querySelector<HTMLElement>(`.map-static-r${code}`);
          const style = label ? getComputedStyle(label) : null;
          placed[code] =
            !label || style!.display === 'none'
              ? 'hidden'
              : String(Math.round(parseFloat(style!.marginTop) / parseFloat(style!.fontSize) / 1.2));
        }
        for (const dot of document.querySelectorAll<HTMLElement>('.map-static-pin[data-project]')) {
          const id = dot.dataset.project!;
          const label = document.querySelector<HTMLElement>(`.map-static-p${id}`);
          if (!label || getComputedStyle(label).display === 'none') {
            placed[`pin ${id}`] = 'hidden';
            continue;
          }
          const [d, l] = [dot.getBoundingClientRect(), label.getBoundingClientRect()];
          placed[`pin ${id}`] =
            l.left >= d.right - 1
              ? 'right'
              : l.right <= d.left + 1
                ? 'left'
                : l.top >= d.bottom - 1
                  ? 'bottom'
                  : 'top';
        }
        return placed;
      });
      // The first touch makes the chart, for the same box.
      const frame = (await page.locator('.map-chart').boundingBox())!;
      await page.touchscreen.tap(frame.x + frame.width - 4, frame.y + 4);
      await waitForMap(page);
      const onChart = await page.evaluate(() => {
        type Label = { show?: boolean; offset?: number[]; position?: string };
        const option = window.__charts!.get('map')!.getOption() as {
          geo: { label: { fontSize: number }; regions: { name: string; label: Label }[] }[];
          series: { id: string; data?: { value: number[]; label: Label }[] }[];
        };
        const geo = option.geo[0]!;
        const placed: Record<string, string> = {};
        for (const region of geo.regions)
          placed[region.name] = region.label.show
            ? String(Math.round(region.label.offset![1]! / geo.label.fontSize / 1.2))
            : 'hidden';
        for (const pin of option.series.find((s) => s.id === 'pins')!.data!)
          placed[`pin ${pin.value[2]}`] = pin.label.show ? pin.label.position! : 'hidden';
        return placed;
      });
      expect(onStaticMap).toEqual(onChart);
    });
  });
}
