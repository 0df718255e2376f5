// Paper: one A4 landscape report from every mode (office, presentation, console, phone; light or dark). Page 1 the
// title, source, filters, key figures and the whole map drawn for the page; page 2 the statistics; then the list.
// No control or hint of the screen's.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { appStarted, expect, holdRequests, listedIds, test, waitForMap } from './fixtures';
import { printedPdf, recordPrintCalls, shareOf } from './paper';
import type { PrintedWord } from './paper';

const squeeze = (text: string) => text.replace(/\s+/gu, '');
const STAT_HEADINGS = ['按类别', '按层级', '按省辖市', '层级×类别'];
const THEME_KEY = 'chucai.theme';
const TITLE = squeeze('河南省人大系统“出彩工作”（2022年度）');
const SOURCE = '来源：河南省人大常委会办公厅';
/** Words of the screen's controls and hints, in every mode: none may reach paper. */
const SCREEN_WORDS = [
  '导出PNG',
  '导出PPT',
  '导出CSV',
  '演示模式',
  '深色',
  '重置',
  '重试',
  '暂停',
  '上一个',
  '下一个',
  '退出演示',
  '黑屏',
  '点击柱条',
  '演讲者视图',
  '加载中',
];
/** The least size of printed text (8 pt), less what pdftotext's rounding of a box may take. */
const LEAST_PT = 7.9;

interface Listed {
  id: number;
  title: string;
  unit: string;
}

const ALL: Promise<Listed[]> = readFile('data/lists/2022.json', 'utf8').then(
  (text) => (JSON.parse(text) as { projects: Listed[] }).projects,
);

/** Ctrl+P, then waits for the app's call to print(). */
async function pressCtrlP(page: Page, calls: number): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForFunction((n) => window.__printCalls === n, calls);
}

/** The size in pt of a printed word of Chinese characters (each one em wide). */
const fontPt = (word: PrintedWord) => word.width / [...word.text].length;
const chinese = (word: PrintedWord) => /^\p{Script=Han}+$/u.test(word.text);

/**
 * The printed report's pages, read as text and checked for what every mode's report holds: A4 landscape; page 1
 * the title, the source, `caption`, the key figures and the map, its names and legend at least 8 pt; page 2 the
 * four charts; then every listed project with its unit; none of the screen's words.
 */
async function expectReport(
  page: Page,
  caption: string,
  ids: readonly number[],
  mapWords: readonly string[],
) {
  const pdf = await printedPdf(page);
  try {
    const { width, height, pages } = await pdf.info();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    const page1 = squeeze(await pdf.text(1));
    for (const words of [TITLE, SOURCE, squeeze(caption), '出彩工作', '覆盖省辖市', '地图：', '0项'])
      expect(page1, `page 1: ${words}`).toContain(words);
    // The map's own words: its names, pins and legend, below its caption line.
    const words = await pdf.words(1);
    const mapTop = words.find((w) => w.text.startsWith('地图：'))!.bottom;
    const onMap = words.filter((w) => w.y >= mapTop && chinese(w));
    for (const name of mapWords)
      expect(
        onMap.map((w) => w.text),
        `the map names ${name}`,
      ).toContain(name);
    const small = onMap
      .filter((w) => fontPt(w) < LEAST_PT)
      .map((w) => `${w.text} ${fontPt(w).toFixed(1)} pt`);
    expect(small, 'map text under 8 pt').toEqual([]);

    const page2 = squeeze(await pdf.text(2));
    for (const heading of ['统计图表', ...STAT_HEADINGS])
      expect(page2, `page 2: ${heading}`).toContain(heading);
    const rest = squeeze(
      (await Promise.all(Array.from({ length: pages - 2 }, (_, i) => pdf.text(i + 3)))).join(''),
    );
    expect(rest).toContain(`项目列表（${ids.length}项）`);
    for (const p of (await ALL).filter((x) => ids.includes(x.id))) {
      expect(rest).toContain(squeeze(p.title));
      expect(rest).toContain(squeeze(p.unit));
    }
    const all = squeeze(await pdf.text());
    for (const word of SCREEN_WORDS) expect(all, `no 「${word}」 on paper`).not.toContain(word);
    return { pdf, pages };
  } catch (error) {
    await pdf.done();
    throw error;
  }
}

/** Share of dark pixels (a dark theme's fills) in page 1's map area. */
async function darkOnMap(pdf: Awaited<ReturnType<typeof printedPdf>>): Promise<number> {
  const dark = (r: number, g: number, b: number) => r < 70 && g < 70 && b < 90;
  return shareOf(await pdf.image(1), { left: 0.05, top: 0.3, right: 0.95, bottom: 0.95 }, dark);
}

/** Records print() and saves 深色 (when `dark`) for the pages to come. */
async function preparePrinting(page: Page, { dark = false } = {}): Promise<void> {
  if (dark) await page.addInitScript((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
  await recordPrintCalls(page);
}

/** The № the office layout lists for the filters of `query`: what every mode's report must list. */
async function listedInOffice(page: Page, query: string): Promise<number[]> {
  await page.goto(`/${query}`);
  await waitForMap(page);
  return listedIds(page);
}

test('office, dark: Ctrl+P prints the light report; the screen and the saved theme stay dark', async ({
  page,
}) => {
  await preparePrinting(page, { dark: true });
  const ids = await listedInOffice(page, '?level=county');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await pressCtrlP(page, 1);
  const printed = await page.evaluate((key) => {
    const text = document.querySelector('[data-paper-chart="category"] svg text');
    return {
      drawings: [...document.querySelectorAll<HTMLElement>('[data-paper-chart]')]
        .map((e) => e.dataset.paperChart)
        .sort(),
      text: text ? getComputedStyle(text).fill : null,
      theme: document.documentElement.dataset.theme,
      saved: localStorage.getItem(key),
    };
  }, THEME_KEY);
  // The light theme's text colour (#1f2329) on paper; the screen, and what is saved, unchanged.
  expect(printed).toEqual({
    drawings: ['category', 'level', 'level-category', 'map', 'prefecture'],
    text: 'rgb(31, 35, 41)',
    theme: 'dark',
    saved: 'dark',
  });
  const { pdf } = await expectReport(page, '筛选：层级=县级（符合 6 / 35 项）', ids, [
    '郑州市',
    '信阳市',
    '金水区',
  ]);
  try {
    expect(await darkOnMap(pdf)).toBeLessThan(0.01);
  } finally {
    await pdf.done();
  }
  // The dialog has closed (page.pdf fires afterprint): the report goes.
  await expect(page.locator('[data-paper-report]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
});

test('presentation mode prints the same report: no controls, the whole light map, the charts and the list', async ({
  page,
}) => {
  await preparePrinting(page, { dark: true });
  const ids = await listedInOffice(page, '?cat=legislation');
  await page.goto('/?mode=present&cat=legislation&interval=120');
  await waitForMap(page);
  await pressCtrlP(page, 1);
  const { pdf, pages } = await expectReport(page, '筛选：类别=立法', ids, ['郑州市', '南阳市']);
  try {
    // The map on page 1 whole: page 2 begins with the charts, no sliver of map above them.
    expect(squeeze(await pdf.text(2)).startsWith('统计图表')).toBe(true);
    expect(await darkOnMap(pdf)).toBeLessThan(0.01);
    expect(pages).toBeGreaterThanOrEqual(3);
  } finally {
    await pdf.done();
  }
  // Printing did not move the tour: still in presentation mode.
  await expect(page.locator('.present')).toBeVisible();
});

test('the console prints the room’s report: its filters, the drilled map, the charts and the list', async ({
  page,
}) => {
  await preparePrinting(page);
  const ids = await listedInOffice(page, '?region=410100');
  await page.goto('/?mode=presenter&region=410100&interval=120');
  await expect(page.locator('.presenter')).toHaveAttribute('data-joining', 'false');
  await pressCtrlP(page, 1);
  const { pdf } = await expectReport(page, '筛选：地区=郑州市', ids, ['金水区', '中牟县', '登封市']);
  try {
    expect(squeeze(await pdf.text(1))).toContain('地图：郑州市');
  } finally {
    await pdf.done();
  }
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('printing before the map was touched: the static map whole on page 1, its legend whole, and the truth about the charts', async ({
    page,
  }) => {
    // The report's drawings never come: what a menu print finds on a phone whose map was not touched.
    const held = await holdRequests(page, /paper-drawings-[^/]*\.js$/u);
    await page.goto('/');
    await appStarted(page);
    await expect(page.locator('.map-static')).toHaveCount(1);
    // The app has hydrated and listens for printing (before, the browser prints the page's HTML as it stands).
    await expect
      .poll(() =>
        page.evaluate(() => {
          window.dispatchEvent(new Event('beforeprint'));
          const report = document.querySelector('[data-paper-report]') !== null;
          window.dispatchEvent(new Event('afterprint'));
          return report;
        }),
      )
      .toBe(true);
    const pdf = await printedPdf(page);
    try {
      const page1 = squeeze(await pdf.text(1));
      for (const words of [
        TITLE,
        '全部项目（符合35/35项）',
        '统计图表尚未加载完成，本页未包含统计图表。',
        '0项',
      ])
        expect(page1).toContain(words);
      // The map ends on page 1: page 2 is the list, with no sliver of map over it.
      expect(squeeze(await pdf.text(2)).startsWith('项目列表（35项）')).toBe(true);
      const coloured = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) > 40;
      expect(shareOf(await pdf.image(2), { left: 0, top: 0, right: 1, bottom: 0.08 }, coloured)).toBeLessThan(
        0.002,
      );
      const small = (await pdf.words(1))
        .filter((w) => chinese(w) && w.text.endsWith('市'))
        .filter((w) => fontPt(w) < LEAST_PT);
      expect(small.map((w) => w.text)).toEqual([]);
    } finally {
      await pdf.done();
      held.release();
    }
  });
});

test('a menu print after the page is idle draws the map and the charts before the page is captured', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  // The menu's Print fires beforeprint and captures the page as soon as the handlers return: look in the same
  // task. The drawings load when the page is idle after its map; until then the report says they are missing.
  await expect
    .poll(() =>
      page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        const drawn = ['map', 'category', 'level', 'prefecture', 'level-category'].filter((name) =>
          document.querySelector(`[data-paper-chart="${name}"] svg text`),
        );
        window.dispatchEvent(new Event('afterprint'));
        return drawn.length;
      }),
    )
    .toBe(5);
  await expect(page.locator('[data-paper-report]')).toHaveCount(0);
});

test('page 1 fits the page and every drawing is drawn at the size it prints at', async ({ page }) => {
  await recordPrintCalls(page);
  await page.goto('/?q=' + encodeURIComponent('人大常委会'));
  await waitForMap(page);
  await pressCtrlP(page, 1);
  // The text area of A4 landscape (273 × 190 mm) at 96 px per inch, in print media: the paper's layout.
  await page.setViewportSize({ width: 1032, height: 718 });
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.evaluate(() => {
    const box = (selector: string) =>
      document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
    return {
      header: box('.paper-header'),
      figures: box('.paper-figures'),
      map: box('.paper-map'),
      drawings: [...document.querySelectorAll<HTMLElement>('[data-paper-chart]')].map((copy) => {
        const svg = copy.querySelector('svg')!;
        return {
          name: copy.dataset.paperChart,
          drawn: Number(svg.getAttribute('width')),
          printed: svg.getBoundingClientRect().width,
        };
      }),
    };
  });
  expect(boxes.figures.top).toBeGreaterThanOrEqual(boxes.header.bottom);
  expect(boxes.map.top).toBeGreaterThanOrEqual(boxes.figures.bottom);
  expect(boxes.map.bottom, 'the map ends on page 1').toBeLessThanOrEqual(718);
  expect(boxes.drawings.map((d) => d.name).sort()).toEqual(
    ['category', 'level', 'level-category', 'map', 'prefecture'].sort(),
  );
  for (const { name, drawn, printed } of boxes.drawings)
    expect(Math.abs(printed / drawn - 1), `${name} prints at its drawn size`).toBeLessThan(0.01);
});

test('Ctrl+P on paper: the heatmap drawn with its numbers, and white to the end of the list', async ({
  page,
}) => {
  // As most users have it: with animation (a chart caught mid-animation prints blank).
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await recordPrintCalls(page);
  await page.goto('/?level=county');
  await waitForMap(page);
  await page.waitForFunction(() => window.__charts?.has('level-category'));
  const cells = await page.evaluate(() => {
    const option = window.__charts!.get('level-category')!.getOption() as {
      series: { data: { value: number[] }[] }[];
    };
    return option.series[0]!.data.map((d) => d.value[2]!);
  });
  await pressCtrlP(page, 1);
  const pdf = await printedPdf(page);
  try {
    const { pages } = await pdf.info();
    // Page 2 holds the four charts; the heatmap's numbers are on paper as text, in the screen's cells' order.
    expect(squeeze(await pdf.text(2))).toContain(cells.join(''));
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

test('Ctrl+P with the drawings failed prints at once and says so; a later Ctrl+P tries them again', async ({
  page,
  guards,
}) => {
  guards.allowConsoleErrors.push(/paper-drawings|ERR_FAILED|Failed to fetch|dynamically imported|preload/i);
  const drawings = /\/assets\/paper-drawings-[^/]*\.js$/u;
  await page.route(drawings, (route) => route.abort('failed'));
  await recordPrintCalls(page);
  await page.goto('/?level=county');
  await waitForMap(page);
  await pressCtrlP(page, 1);
  const pdf = await printedPdf(page);
  try {
    const text = squeeze(await pdf.text());
    expect(text).toContain('地图未能加载，本页未包含地图。');
    expect(text).toContain('统计图表未能加载，本页未包含统计图表。');
    expect(text).toContain('项目列表（6项）');
    expect(text).not.toContain('重试');
  } finally {
    await pdf.done();
  }
  // The network is back: the next Ctrl+P loads the drawings again and prints them.
  await page.unroute(drawings);
  await pressCtrlP(page, 2);
  await expect(page.locator('[data-paper-chart="map"] svg')).toHaveCount(1);
  await expect(page.locator('[data-paper-chart]')).toHaveCount(5);
});
