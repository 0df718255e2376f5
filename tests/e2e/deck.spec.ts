// 导出PPT end to end: the deck a user downloads opens in a real office suite (LibreOffice Impress, headless),
// holds exactly the matching projects, native charts and the map picture. Needs soffice, pdftotext and pdfinfo
// (.ci/run installs libreoffice-impress and poppler-utils when they are missing).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { readSheet } from 'read-excel-file/node';
import { expect, listedIds, test, waitForMap } from './fixtures';
import { officeToPdf } from './paper';

const run = promisify(execFile);

interface DataFile {
  projects: { id: number; title: string; summary: string }[];
}

const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** Clicks 导出PPT and saves the file into dir; returns its suggested name and path. */
async function exportDeck(page: Page, dir: string): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出PPT' }).click(),
  ]);
  const path = join(dir, 'deck.pptx');
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

async function zipEntries(file: string): Promise<string[]> {
  const { stdout } = await run('unzip', ['-Z1', file]);
  return stdout.split('\n').filter(Boolean);
}

async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/mu.exec(stdout)?.[1]);
}

// A fixed moment whose Shanghai date (the file name's) differs from its UTC date: the name follows the user's day.
const NOW = new Date('2026-03-02T17:30:00Z');
const STAMP = '20260303';

for (const view of [
  // Title, map, four statistics, closing, and the projects: 省级 on two slides, the 18 prefectures sharing eight.
  { search: '', slug: '全部', pages: (n: number) => n >= 10 && n <= 18 },
  // The six county-level projects' prefectures share two slides.
  { search: '?level=county', slug: '县级', pages: (n: number) => n === 9 },
]) {
  test(`导出PPT (${view.slug}) opens in LibreOffice with exactly the matching titles, native charts, the map and notes`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dir = await mkdtemp(join(tmpdir(), 'deck-e2e-'));
    try {
      await page.clock.setFixedTime(NOW);
      await page.goto(`/${view.search}`);
      await waitForMap(page);
      const ids = await listedIds(page);

      const deck = await exportDeck(page, dir);
      expect(deck.name).toBe(`出彩工作2022-汇报-${view.slug}-${STAMP}.pptx`);
      await expect(page.getByRole('status').filter({ hasText: '已导出' })).toHaveText(`已导出：${deck.name}`);

      const entries = await zipEntries(deck.path);
      const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/u.test(e));
      expect(entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/u.test(e)).length).toBeGreaterThanOrEqual(1);
      expect(entries.filter((e) => /^ppt\/media\/.+\.png$/u.test(e)).length).toBeGreaterThanOrEqual(1);
      // Locators are vector pictures (SVG beside a small PNG copy), so even the deck of all projects stays small.
      expect(entries.filter((e) => /^ppt\/media\/.+\.svg$/u.test(e)).length).toBeGreaterThanOrEqual(1);
      expect((await stat(deck.path)).size).toBeLessThanOrEqual(800 * 1024);

      const pdf = await officeToPdf(deck.path, dir);
      const pages = await pdfPages(pdf);
      expect(pages).toBe(slides.length);
      expect(view.pages(pages), `${pages} pages`).toBe(true);

      // -raw keeps each table cell's lines together (the layout mode interleaves neighbouring cells).
      const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']);
      const text = squeeze(stdout);
      const data = JSON.parse(await readFile('data/lists/2022.json', 'utf8')) as DataFile;
      for (const p of data.projects) {
        expect(text.includes(squeeze(p.title)), `№${p.id} ${p.title}`).toBe(ids.includes(p.id));
      }
      expect(text).toContain(squeeze('来源：河南省人大常委会办公厅公示（2022-12-23）'));

      // The presenter view's notes: each listed project's summary, from its first sentence.
      const zip = await JSZip.loadAsync(await readFile(deck.path));
      const read = (pattern: RegExp) => Promise.all(zip.file(pattern).map((f) => f.async('string')));
      const notes = squeeze((await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/u)).join(''));
      for (const p of data.projects.filter((q) => ids.includes(q.id))) {
        const first = /^[^。！？]*[。！？]/u.exec(p.summary)![0];
        expect(notes, `№${p.id} notes`).toContain(squeeze(first));
      }
      // Legible when projected: no type under 10 pt on any slide or chart.
      for (const xml of await read(/^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/u)) {
        const sizes = [...xml.matchAll(/\ssz="(\d+)"/gu)].map((m) => Number(m[1]));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1000);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test('presentation mode has 导出PPT in its title bar; the deck’s map is light, like its slides, and slide-sized', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'deck-e2e-'));
  try {
    await page.clock.setFixedTime(NOW);
    // A 4:3 projector: the screen's map is not the slide's shape.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/?mode=present&level=county');
    await waitForMap(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('group', { name: '演示控制' }).getByRole('button', { name: '导出PPT' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`出彩工作2022-汇报-县级-${STAMP}.pptx`);
    await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();

    const path = join(dir, 'deck.pptx');
    await download.saveAs(path);
    // The map slide (the second) holds the map picture.
    const { stdout: rels } = await run('unzip', ['-p', path, 'ppt/slides/_rels/slide2.xml.rels']);
    const picture = `ppt/media/${/Target="\.\.\/media\/([^"]+\.png)"/u.exec(rels)![1]}`;
    const { stdout: png } = await run('unzip', ['-p', path, picture], {
      encoding: 'buffer',
      maxBuffer: 64 << 20,
    });
    // Laid out for its box on the slide (8.3 × 5.65 in, one px to the point), not shrunk from the screen's map,
    // so its names and legend keep their size there; and sharp: at least 2 × 1280 px wide.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width / height).toBeCloseTo(8.3 / 5.65, 2);
    expect(width).toBeGreaterThanOrEqual(2560);
    // The screen is dark; the picture's background (a corner) and most of it must be the light theme's.
    const look = await page.evaluate(async (base64) => {
      // An <img> (the page's CSP allows data: images, not data: fetches).
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4 * 64)
        if (data[i]! + data[i + 1]! + data[i + 2]! < 150) dark += 1;
      return { corner: [data[0], data[1], data[2]], darkShare: dark / (data.length / (4 * 64)) };
    }, png.toString('base64'));
    expect(look.corner).toEqual([255, 255, 255]);
    expect(look.darkShare).toBeLessThan(0.05);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** Compression method of every file in the zip, as unzip lists it ('Defl:N', 'Stored'). */
async function zipMethods(file: string): Promise<string[]> {
  const { stdout } = await run('unzip', ['-v', file]);
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/u))
    .filter((cols) => cols.length >= 8 && /^\d+$/u.test(cols[0]!) && !cols.at(-1)!.endsWith('/'))
    .map((cols) => cols[1]!);
}

test('a filtered deck keeps the dashboard’s emphasis, is compressed and titled, and its chart data reads back', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'deck-e2e-'));
  try {
    await page.clock.setFixedTime(NOW);
    await page.goto('/?cat=legislation&level=city');
    await waitForMap(page);
    const deck = await exportDeck(page, dir);

    const methods = await zipMethods(deck.path);
    expect(methods.length).toBeGreaterThan(20);
    expect(methods.filter((m) => !m.startsWith('Defl'))).toEqual([]);
    // The stored file was 1.5 MB, most of it XML.
    expect((await stat(deck.path)).size).toBeLessThan(1_000_000);

    const zip = await JSZip.loadAsync(await readFile(deck.path));
    const text = (path: string) => zip.file(path)!.async('string');
    const core = await text('docProps/core.xml');
    expect(core).toContain('<dc:title>河南省人大系统“出彩工作”（2022年度） · 工作汇报</dc:title>');
    expect(core).toContain('<dc:subject>筛选：类别=立法；层级=市级（符合 8 / 35 项）</dc:subject>');
    expect(core).not.toContain('PptxGenJS');

    // What the deck's XML holds (the stacking, the fading, the framed cell, the mended workbooks) the unit tests
    // check on a written file (write-pptx.test.ts); here, that the browser's file carries the page's counts.
    const books = zip.file(/^ppt\/embeddings\/.+\.xlsx$/u);
    expect(books).toHaveLength(3);
    const sheets = await Promise.all(books.map(async (book) => readSheet(await book.async('nodebuffer'))));
    const categoryBook = sheets.find((rows) => rows[0]![0] === '类别')!;
    expect(categoryBook[0]).toEqual(['类别', '主类别', '兼属类别', '合计']);
    expect(categoryBook.find((r) => r[0] === '综合与自身建设')).toEqual(['综合与自身建设', 0, 0, 0]);
    // The 8 matching projects of 立法 · 市级, each counted once under 立法 as its category.
    expect(categoryBook.find((r) => r[0] === '立法')?.[1]).toBe(8);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
