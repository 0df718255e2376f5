import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { readSheet } from 'read-excel-file/node';
import { expect, FAKE_NOW, listedIds, shanghaiDate, test, waitForMap } from './fixtures';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const STAT_CHARTS = ['按类别', '按层级', '按省辖市', '层级 × 类别'];
const CHART_NAMES: Record<string, string> = {
  按类别: 'category',
  按层级: 'level',
  按省辖市: 'prefecture',
  '层级 × 类别': 'level-category',
};

/** Opens the dashboard under a filter and waits until the map and the four statistics charts are drawn. */
async function openDashboard(page: Page, search: string): Promise<void> {
  await page.clock.setFixedTime(FAKE_NOW);
  await page.goto(`/${search}`);
  await waitForMap(page);
  await page.waitForFunction(() =>
    ['category', 'level', 'prefecture', 'level-category'].every((n) => window.__charts?.has(n)),
  );
}

async function download(page: Page, buttonName: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return { file, bytes: await readFile(await file.path()) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function cssBox(page: Page, chartName: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(`[data-chart="${chartName}"]`).boundingBox();
  if (!box) throw new Error(`${chartName} is not laid out`);
  return box;
}

/** Parses SVG text in the page and returns its text content ('' and the error if it does not parse). */
async function svgText(page: Page, svg: string): Promise<string> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return error ? `PARSE ERROR: ${error.textContent}` : (doc.documentElement.textContent ?? '');
  }, svg);
}

// File names carry the date of the user's day. The browser's clock is fixed at FAKE_NOW, 18:30 UTC on 4 March,
// which is already 5 March in the browser's zone (Asia/Shanghai): a name dated from UTC, or from the test
// machine's zone, would be wrong here at any hour.
const today = () => shanghaiDate(FAKE_NOW);

test('the map exports as a sharp PNG, a 3840-px PNG and an SVG, each titled and captioned', async ({
  page,
}) => {
  await openDashboard(page, '?level=county');
  const css = await cssBox(page, 'map');

  const png = await download(page, '导出PNG：地图');
  expect(png.file.suggestedFilename()).toBe(`出彩工作2022-地图-县级-${today()}.png`);
  const size = pngSize(png.bytes);
  expect(size.width).toBeGreaterThanOrEqual(2 * css.width);
  expect(size.height).toBeGreaterThanOrEqual(2 * css.height);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toHaveText(
    `已导出：出彩工作2022-地图-县级-${today()}.png`,
  );

  const png4k = await download(page, '导出4K：地图');
  expect(png4k.file.suggestedFilename()).toBe(`出彩工作2022-地图-县级-${today()}-4K.png`);
  expect(pngSize(png4k.bytes).width).toBe(3840);

  const svg = await download(page, '导出SVG：地图');
  expect(svg.file.suggestedFilename()).toBe(`出彩工作2022-地图-县级-${today()}.svg`);
  const text = await svgText(page, svg.bytes.toString('utf8'));
  expect(text).not.toContain('PARSE ERROR');
  expect(text).toContain('河南省人大系统“出彩工作”（2022年度） · 地图');
  expect(text).toContain('筛选：层级=县级');
  expect(text).toContain('来源：河南省人大常委会办公厅公示（2022-12-23）');
  expect(text).toContain('信阳市');
});

test('a drilled map exports with the prefecture in its title, caption and file name; so does the dashboard', async ({
  page,
}) => {
  await openDashboard(page, '?region=411500');
  await page.waitForFunction(() => {
    const option = window.__charts!.get('map')!.getOption() as { geo: { map: string }[] };
    return option.geo[0]!.map === 'counties-411500';
  });
  const svg = await download(page, '导出SVG：地图');
  expect(svg.file.suggestedFilename()).toBe(`出彩工作2022-地图-信阳市-${today()}.svg`);
  const text = await svgText(page, svg.bytes.toString('utf8'));
  expect(text).toContain('河南省人大系统“出彩工作”（2022年度） · 地图 · 信阳市');
  expect(text).toContain('筛选：地区=信阳市（符合 2 / 35 项）');
  expect(text).toContain('固始县');
  expect(text).toContain('信阳市 市级 1 项');
  const png = await download(page, '导出PNG：地图');
  expect(png.file.suggestedFilename()).toBe(`出彩工作2022-地图-信阳市-${today()}.png`);
  const dashboard = await download(page, '导出看板PNG');
  expect(dashboard.file.suggestedFilename()).toBe(`出彩工作2022-看板-信阳市-${today()}.png`);
});

test('each statistics chart exports as PNG (≥ 2× its size) and as SVG', async ({ page }) => {
  await openDashboard(page, '?cat=supervision');
  for (const heading of STAT_CHARTS) {
    const css = await cssBox(page, CHART_NAMES[heading]!);
    const size = pngSize((await download(page, `导出PNG：${heading}`)).bytes);
    expect(size.width, heading).toBeGreaterThanOrEqual(2 * css.width);
    expect(size.height, heading).toBeGreaterThanOrEqual(2 * css.height);

    const svg = await download(page, `导出SVG：${heading}`);
    expect(svg.file.suggestedFilename()).toMatch(/^出彩工作2022-.+-监督-\d{8}\.svg$/);
    const text = await svgText(page, svg.bytes.toString('utf8'));
    expect(text, heading).not.toContain('PARSE ERROR');
    expect(text).toContain(`河南省人大系统“出彩工作”（2022年度） · ${heading}`);
    expect(text).toContain('筛选：类别=监督');
  }
});

test('the whole dashboard exports as one PNG, 3840 px wide', async ({ page }) => {
  await openDashboard(page, '');
  const png = await download(page, '导出看板PNG');
  expect(png.file.suggestedFilename()).toBe(`出彩工作2022-看板-全部-${today()}.png`);
  const size = pngSize(png.bytes);
  expect(size.width).toBe(3840);
  // The map panel alone is 760 CSS px, about 1,700 px at 2× with its frame: more means the statistics are in too.
  expect(size.height).toBeGreaterThan(2000);
});

/** A small RFC 4180 reader, enough to count records with quoted line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += ch;
    }
  }
  return rows;
}

test('the filtered list exports as CSV (BOM, the filter first, one row per project) and as XLSX, by keyboard', async ({
  page,
}) => {
  await openDashboard(page, '?level=county');
  const ids = await listedIds(page);
  expect(ids).toHaveLength(6);
  const caption = '筛选：层级=县级（符合 6 / 35 项）';

  const csvButton = page.getByRole('button', { name: '导出CSV' });
  await csvButton.focus();
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(csvFile.suggestedFilename()).toBe(`出彩工作2022-项目列表-县级-${today()}.csv`);
  const csv = await readFile(await csvFile.path());
  expect(csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'UTF-8 BOM').toBe(true);
  const [filterLine, ...rows] = parseCsv(csv.toString('utf8').slice(1));
  expect(filterLine).toEqual([caption]);
  expect(rows[0]).toEqual(['№', '标题', '申报单位', '层级', '地区', '类别', '简介']);
  expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(ids);
  expect(rows.slice(1).every((r) => r.length === 7 && r[3] === '县级')).toBe(true);
  expect(rows.find((r) => r[0] === '13')?.[4]).toBe('郑州市 · 金水区');

  await page.getByRole('button', { name: '导出Excel' }).focus();
  const [xlsxFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(xlsxFile.suggestedFilename()).toBe(`出彩工作2022-项目列表-县级-${today()}.xlsx`);
  const xlsx = await readFile(await xlsxFile.path());
  const sheet = await readSheet(xlsx);
  expect(sheet[0]).toEqual(rows[0]);
  expect(sheet.slice(1).map((r) => Number(r[0]))).toEqual(ids);
  expect(sheet.slice(1).map((r) => r.map(String))).toEqual(rows.slice(1));
  expect((await readSheet(xlsx, '筛选条件')).map((r) => r[0])).toEqual([
    caption,
    '来源：河南省人大常委会办公厅公示（2022-12-23）',
  ]);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText('.xlsx');

  // Every project's row has a height of its own and its text cells wrap, so long summaries read as they are.
  const zip = await JSZip.loadAsync(xlsx);
  const listXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const heights = [...listXml.matchAll(/<row r="(\d+)"[^>]*\bht="([\d.]+)"[^>]*customHeight="1"/gu)].map(
    (m) => [Number(m[1]), Number(m[2])] as const,
  );
  expect(heights.map(([r]) => r)).toEqual(ids.map((_, i) => i + 2));
  expect(Math.max(...heights.map(([, h]) => h))).toBeGreaterThan(60);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/u
    .exec(styles)![1]!
    .match(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/gu)!;
  const styleOf = (cell: string) =>
    xfs[Number(new RegExp(`<c r="${cell}"[^>]* s="(\\d+)"`, 'u').exec(listXml)![1])]!;
  for (const row of ids.map((_, i) => i + 2)) {
    expect(styleOf(`B${row}`), `标题 ${row}`).toContain('wrapText="1"');
    expect(styleOf(`G${row}`), `简介 ${row}`).toContain('wrapText="1"');
  }
});

test('a search’s file is named as a search, never as the category of the same word', async ({ page }) => {
  await openDashboard(page, '?q=立法');
  const search = await download(page, '导出CSV');
  expect(search.file.suggestedFilename()).toBe(`出彩工作2022-项目列表-搜索“立法”-${today()}.csv`);
  await openDashboard(page, '?cat=legislation');
  const category = await download(page, '导出CSV');
  expect(category.file.suggestedFilename()).toBe(`出彩工作2022-项目列表-立法-${today()}.csv`);
});
