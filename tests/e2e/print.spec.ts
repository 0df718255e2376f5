// Ctrl+P: an A4 landscape report with the map, the four statistics and the list, and none of the controls.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, installPausedClock, listedIds, test, waitForMap } from './fixtures';
import { printedPdf, recordPrintCalls, shareOf } from './paper';

const squeeze = (text: string) => text.replace(/\s+/gu, '');
const STAT_NAMES = ['category', 'level', 'level-category', 'prefecture'];
const THEME_KEY = 'chucai.theme';

/** Opens the page with 深色 saved (the user's earlier choice), print calls recorded. */
async function openDark(page: Page, url: string): Promise<void> {
  await page.addInitScript((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
  await recordPrintCalls(page);
  await page.goto(url);
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

/** Ctrl+P, then waits for the app's call to print(). */
async function pressCtrlP(page: Page, calls: number): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForFunction((n) => window.__printCalls === n, calls);
}

test('Ctrl+P prints light paper copies of the map and the statistics; the screen and the saved theme stay dark', async ({
  page,
}) => {
  await openDark(page, '/?level=county');
  await pressCtrlP(page, 1);
  const printed = await page.evaluate((key) => {
    const text = document.querySelector('[data-paper-chart="category"] svg text');
    return {
      copies: [...document.querySelectorAll<HTMLElement>('[data-paper-chart]')]
        .map((e) => e.dataset.paperChart)
        .sort(),
      text: text ? getComputedStyle(text).fill : null,
      theme: document.documentElement.dataset.theme,
      saved: localStorage.getItem(key),
    };
  }, THEME_KEY);
  // The light theme's text colour (#1f2329) on paper; the screen, and what is saved, unchanged.
  expect(printed).toEqual({
    copies: ['category', 'level', 'level-category', 'map', 'prefecture'],
    text: 'rgb(31, 35, 41)',
    theme: 'dark',
    saved: 'dark',
  });
  // The dialog closes: the copies go.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('[data-paper-chart]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
});

test('printing from the browser menu draws the paper copies before the page is captured', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: '深色' }).click();
  await page.waitForFunction((names) => names.every((name) => window.__charts?.has(name)), STAT_NAMES);
  // The menu's Print fires beforeprint and captures the page as soon as the handlers return: look in the same task.
  const during = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    const drawn = (name: string) => {
      const copy = document.querySelector(`[data-paper-chart="${name}"]`);
      return copy?.querySelector('svg text, canvas') ? 'drawn' : 'missing';
    };
    const live = window.__charts!.get('category')!.getOption() as { animation?: boolean };
    return {
      map: drawn('map'),
      heatmap: drawn('level-category'),
      liveAnimation: live.animation,
      theme: document.documentElement.dataset.theme,
    };
  });
  expect(during).toEqual({ map: 'drawn', heatmap: 'drawn', liveAnimation: false, theme: 'dark' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('[data-paper-chart]')).toHaveCount(0);
});

test('Ctrl+P on paper: the heatmap drawn with its numbers, and white to the end of the list', async ({
  page,
}) => {
  // As most users have it: with animation (a chart caught mid-animation prints blank).
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openDark(page, '/?level=county');
  await pressCtrlP(page, 1);
  const cells = await page.evaluate(() => {
    const option = window.__charts!.get('level-category')!.getOption() as {
      series: { data: { value: number[] }[] }[];
    };
    return option.series[0]!.data.map((d) => d.value[2]!);
  });
  const pdf = await printedPdf(page);
  try {
    const { pages } = await pdf.info();
    expect(pages).toBeGreaterThanOrEqual(3);
    // Page 2 holds the four charts; the heatmap's numbers are on paper as text, in its cells' order.
    const page2 = squeeze(await pdf.text(2));
    expect(page2).toContain('层级×类别');
    expect(page2).toContain(cells.join(''));
    // The heatmap (bottom right of page 2) is filled with its colour steps, not left blank.
    const coloured = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) > 60;
    const heatmap = shareOf(
      await pdf.image(2),
      { left: 0.55, top: 0.55, right: 0.95, bottom: 0.9 },
      coloured,
    );
    expect(heatmap).toBeGreaterThan(0.3);
    // Below the list's end the last page is white, not the screen's grey (#f4f5f7).
    const last = await pdf.image(pages);
    const grey = (r: number, _g: number, b: number) => r < 250 && r > 235 && Math.abs(b - r) < 6;
    expect(shareOf(last, { left: 0, top: 0.5, right: 1, bottom: 1 }, grey)).toBeLessThan(0.01);
  } finally {
    await pdf.done();
  }
});

test('Ctrl+P lays page 1 out without overlaps and draws each chart at its printed box size', async ({
  page,
}) => {
  await openDark(page, '/');
  await pressCtrlP(page, 1);
  // The text area of A4 landscape (273 × 190 mm) at 96 px per inch, in print media: the paper's layout.
  await page.setViewportSize({ width: 1032, height: 718 });
  await page.emulateMedia({ media: 'print' });
  // The charts' caption names the filters on paper, without the pointer's hint (it is for the screen).
  await expect(page.locator('.charts-caption')).toBeVisible();
  expect(await page.locator('.charts-caption').innerText()).not.toContain('点击柱条或方格');
  const heading = (await page.getByRole('navigation', { name: '地图层级' }).boundingBox())!;
  const figures = (await page.getByRole('region', { name: '关键数字' }).boundingBox())!;
  expect(heading.y, 'the map heading is below the key figures').toBeGreaterThanOrEqual(
    figures.y + figures.height,
  );

  // Whatever each chart panel prints (a canvas or an SVG): drawn at its box's shape, the statistics at its size.
  const drawings = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-chart-panel], .map-panel')].map((panel) => {
      const shown = [...panel.querySelectorAll<HTMLElement | SVGSVGElement>('canvas, svg')].find(
        (el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width > 0,
      );
      const rect = shown?.getBoundingClientRect();
      const drawn =
        shown instanceof HTMLCanvasElement
          ? { width: parseFloat(shown.style.width), height: parseFloat(shown.style.height) }
          : { width: Number(shown?.getAttribute('width')), height: Number(shown?.getAttribute('height')) };
      return {
        name: panel.dataset.chartPanel ?? 'map',
        drawn,
        box: { width: rect?.width, height: rect?.height },
      };
    }),
  );
  expect(drawings.map((d) => d.name).sort()).toEqual([...STAT_NAMES, 'map'].sort());
  for (const { name, drawn, box: printed } of drawings) {
    const ratio = (s: { width?: number; height?: number }) => (s.width ?? 0) / (s.height ?? 1);
    expect(Math.abs(ratio(drawn) / ratio(printed) - 1), `${name}: shape`).toBeLessThan(0.01);
    if (name !== 'map')
      expect(Math.abs(drawn.width / printed.width! - 1), `${name}: size`).toBeLessThan(0.03);
  }
});

test('Ctrl+P with the statistics failed prints at once, says so, keeps the saved theme, and works again', async ({
  page,
  guards,
}) => {
  guards.allowConsoleErrors.push(/charts-section|ERR_FAILED|Failed to fetch|dynamically imported|preload/i);
  await page.route(/\/assets\/charts-section-[^/]*\.(js|css)$/u, (route) => route.abort('failed'));
  // A paused clock: the app's longest wait for the statistics can only pass when the test moves time on.
  await installPausedClock(page);
  await openDark(page, '/');
  const printsWithin = async (calls: number) => {
    // Half a second of fake time at most (the chunk's failure lets the print go at once). Each step also gives the
    // network real time to report the failed chunk: a busy machine must not make the print look slow.
    for (let step = 0; step <= 10; step += 1) {
      const printed = await page
        .waitForFunction((n) => window.__printCalls === n, calls, { polling: 50, timeout: 300 })
        .then(
          () => true,
          () => false,
        );
      if (printed) return true;
      if (step < 10) await page.clock.runFor(50);
    }
    return false;
  };
  await page.keyboard.press('Control+P');
  expect(await printsWithin(1)).toBe(true);
  const pdf = await printedPdf(page);
  try {
    const text = squeeze(await pdf.text());
    expect(text).toContain('统计图表未能加载，本页未包含统计图表。');
    expect(text).not.toContain('重试');
  } finally {
    await pdf.done();
  }
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Control+P');
  expect(await printsWithin(2)).toBe(true);
});

test('the printed report is A4 landscape: title, filters, map, charts, the list with units, no buttons', async ({
  page,
}) => {
  await page.goto('/?level=county');
  await waitForMap(page);
  await page.waitForFunction((names) => names.every((n) => window.__charts?.has(n)), STAT_NAMES);
  const ids = await listedIds(page);
  // Printed as from the browser menu (page.pdf fires beforeprint and afterprint).
  const pdf = await printedPdf(page);
  try {
    const { width, height } = await pdf.info();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);

    const text = squeeze(await pdf.text());
    expect(text).toContain(squeeze('河南省人大系统“出彩工作”（2022年度）'));
    expect(text).toContain(squeeze('筛选：层级=县级（符合 6 / 35 项）'));
    for (const heading of ['统计图表', '按类别', '按层级', '按省辖市', '层级×类别', '项目列表']) {
      expect(text).toContain(heading);
    }
    const data = JSON.parse(await readFile('data/lists/2022.json', 'utf8')) as {
      projects: { id: number; title: string; unit: string }[];
    };
    for (const p of data.projects.filter((x) => ids.includes(x.id))) {
      expect(text).toContain(squeeze(p.title));
      expect(text).toContain(squeeze(p.unit));
    }
    for (const control of ['导出PNG', '导出PPT', '导出CSV', '演示模式', '深色', '重置']) {
      expect(text, control).not.toContain(control);
    }
  } finally {
    await pdf.done();
  }
});
