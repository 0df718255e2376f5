import type { Page } from '@playwright/test';
import {
  expect,
  mapPoint,
  DRAWN_MAP_SHARE,
  paintedShare,
  installPausedClock,
  test,
  waitForMap,
} from './fixtures';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1366, height: 768 },
];

const announcement = (page: Page) => page.getByTestId('tour-announcement');

/**
 * Layout problems a leader would see: the page scrolls, a text runs off the screen or out of its panel, or two
 * texts overlap. Text boxes are taken without their top and bottom fifth: CJK glyph boxes are taller than a
 * tight line height, so they poke out of a snug box (and into the next line) without any ink doing so.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight)
      problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${innerWidth}×${innerHeight}`);
    const boxes = [
      ...document.querySelectorAll('.present-header, .key-figure, .tour-panel, .present-footer'),
    ];
    const texts: { text: string; el: Element; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.querySelector('.present')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      const text = node.textContent!.trim();
      if (!text || el.closest('.visually-hidden, [data-chart]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = boxes.find((b) => b.contains(el))?.getBoundingClientRect();
      for (const glyphs of range.getClientRects()) {
        if (glyphs.width === 0) continue;
        const inset = glyphs.height * 0.2;
        const r = new DOMRect(glyphs.x, glyphs.y + inset, glyphs.width, glyphs.height - 2 * inset);
        texts.push({ text, el, r });
        if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
          problems.push(`off screen: ${text}`);
        if (
          box &&
          (r.left < box.left - 1 ||
            r.top < box.top - 1 ||
            r.right > box.right + 1 ||
            r.bottom > box.bottom + 1)
        )
          problems.push(`outside its panel: ${text}`);
      }
    }
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1)) {
        if (a.el === b.el) continue;
        const dx = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const dy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (dx > 1 && dy > 1) problems.push(`overlap: ${a.text} / ${b.text}`);
      }
    }
    for (const panel of document.querySelectorAll('.tour-panel')) {
      if (panel.scrollHeight > panel.clientHeight + 1) problems.push('the tour panel overflows');
    }
    return problems;
  });
}

for (const size of SIZES) {
  test(`presentation at ${size.width}×${size.height}: fits, paints the map, every tour step fits`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/?mode=present');
    await waitForMap(page);
    expect(await paintedShare(page)).toBeGreaterThan(DRAWN_MAP_SHARE);
    // Type scales with the screen: 24 px body at 1080p.
    const rootPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(rootPx).toBeCloseTo(Math.min(size.height / 45, size.width / 80), 0);
    // The map is the hero: at least 60 % of the width.
    const map = (await page.locator('[data-chart="map"]').boundingBox())!;
    expect(map.width / size.width).toBeGreaterThan(0.6);

    const count = Number(/\/ (\d+)/.exec((await page.locator('.tour-progress').textContent()) ?? '')?.[1]);
    expect(count).toBe(24);
    for (let step = 0; step < count; step += 1) {
      expect(await layoutProblems(page), `step ${step + 1}`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }

    // Real-size layout (no CSS scale): the tooltip opens where the pointer is.
    const xinyang = await mapPoint(page, [114.9, 32.0]);
    await page.mouse.move(xinyang.x, xinyang.y);
    // ECharts' tooltip is the chart's topmost div.
    const tooltip = page.locator('[data-chart="map"] div[style*="z-index: 9999999"]');
    await expect(tooltip).toContainText('信阳市');
    await expect(tooltip).toBeVisible();
    const tip = (await tooltip.boundingBox())!;
    // ECharts puts the tooltip a few pixels off the pointer (and keeps it on the chart): never far away.
    const gapX = Math.max(tip.x - xinyang.x, 0, xinyang.x - (tip.x + tip.width));
    const gapY = Math.max(tip.y - xinyang.y, 0, xinyang.y - (tip.y + tip.height));
    expect(Math.hypot(gapX, gapY)).toBeLessThan(40);
  });
}

test('the tour moves on every interval and announces each step politely', async ({ page }) => {
  await installPausedClock(page);
  await page.goto('/?mode=present&interval=15');
  await waitForMap(page);
  await expect(announcement(page)).toHaveAttribute('aria-live', 'polite');
  await expect(announcement(page)).toHaveText(/^省级 1\/6 · 本站 2 项（省级共 11 项）：研究起草/);
  await page.clock.runFor(15_000);
  await expect(announcement(page)).toHaveText(/^省级 2\/6 · 本站 2 项（省级共 11 项）：/);
  await page.clock.runFor(15_000);
  await expect(announcement(page)).toHaveText(/^省级 3\/6 · 本站 2 项（省级共 11 项）：/);
  // The map drills into the step's region (its county project's county highlighted) without touching the
  // filters or the URL.
  for (let i = 0; i < 4; i += 1) await page.clock.runFor(15_000);
  await expect(announcement(page)).toHaveText(/^郑州市 · 本站 2 项：/);
  await expect(page).toHaveURL(/\?mode=present&interval=15$/);
  const drilled = () =>
    page.evaluate(() => {
      const option = window.__charts!.get('map')!.getOption() as {
        geo: { map: string; regions: { name: string; selected: boolean }[] }[];
      };
      const geo = option.geo[0]!;
      return { map: geo.map, selected: geo.regions.filter((r) => r.selected).map((r) => r.name) };
    });
  await expect.poll(drilled).toEqual({ map: 'counties-410100', selected: ['410105'] });
});

test('Space pauses and resumes, ←/→ step, interaction holds the tour for 30 s, Esc leaves', async ({
  page,
}) => {
  await installPausedClock(page);
  await page.goto('/?mode=present');
  await waitForMap(page);
  const first = await announcement(page).textContent();

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  await expect(page.locator('.tour-progress')).toContainText('已暂停');
  await page.clock.runFor(60_000);
  await expect(announcement(page)).toHaveText(first!);
  await page.keyboard.press('Space');
  await page.clock.runFor(10_000);
  await expect(announcement(page)).toHaveText(/^省级 2\/6 · 本站 2 项（省级共 11 项）/);

  await page.keyboard.press('ArrowRight');
  await expect(announcement(page)).toHaveText(/^省级 3\/6 · 本站 2 项（省级共 11 项）/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(announcement(page)).toHaveText(first!);
  await page.keyboard.press('ArrowLeft');
  await expect(announcement(page)).toHaveText(/^驻马店市|^济源市/);

  // The arrows were interaction: the tour holds for 30 s of quiet, then moves on.
  const held = await announcement(page).textContent();
  await page.clock.runFor(25_000);
  await expect(announcement(page)).toHaveText(held!);
  await page.clock.runFor(5_000);
  await page.clock.runFor(10_000);
  await expect(announcement(page)).not.toHaveText(held!);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('combobox', { name: '地区' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the 演示模式 button enters presentation in the dark theme; 深色 switches themes in both modes', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: '演示模式' }).click();
  await expect(page).toHaveURL(/mode=present/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForMap(page);
  const toggle = page.getByRole('button', { name: '深色' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: '退出演示' }).click();
  await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: '深色' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Back returns to presentation (the mode is part of the address).
  await page.goBack();
  await expect(page).toHaveURL(/mode=present/);
});

test('the tour covers only what matches the filters', async ({ page }) => {
  await page.goto('/?mode=present&level=county');
  await waitForMap(page);
  await expect(page.locator('.tour-progress')).toContainText('1 / 6');
  await expect(page.locator('.tour-panel h2')).toContainText('郑州市');
  await page.goto('/?mode=present&region=411500');
  await waitForMap(page);
  await expect(announcement(page)).toHaveText(
    /^信阳市 · 本站 2 项：高质量打造发展全过程人民民主的“信阳样板”/,
  );
});
