// 导出PPT end to end: the deck a user downloads opens in a real office suite (LibreOffice Impress, headless),
// holds exactly the matching projects, native charts and the map picture. Needs soffice, pdftotext and pdfinfo
// (.ci/run installs libreoffice-impress and poppler-utils when they are missing).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, listedIds, test, waitForMap } from './fixtures';

const run = promisify(execFile);

interface DataFile {
  projects: { id: number; title: string }[];
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

/** Converts with LibreOffice in a private profile (parallel conversions would share and lock the default one). */
async function toPdf(pptx: string, dir: string): Promise<string> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      pptx,
    ],
    { timeout: 120_000 },
  );
  return pptx.replace(/\.pptx$/u, '.pdf');
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
  { search: '', slug: '全部', pages: (n: number) => n >= 26 },
  { search: '?level=county', slug: '县级', pages: (n: number) => n === 13 },
]) {
  test(`导出PPT (${view.slug}) opens in LibreOffice with exactly the matching titles, native charts and the map`, async ({
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
      expect(deck.name).toBe(`出彩工作-汇报-${view.slug}-${STAMP}.pptx`);
      await expect(page.getByRole('status').filter({ hasText: '已导出' })).toHaveText(`已导出：${deck.name}`);

      const entries = await zipEntries(deck.path);
      const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/u.test(e));
      expect(entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/u.test(e)).length).toBeGreaterThanOrEqual(1);
      expect(entries.filter((e) => /^ppt\/media\/.+\.png$/u.test(e)).length).toBeGreaterThanOrEqual(1);

      const pdf = await toPdf(deck.path, dir);
      const pages = await pdfPages(pdf);
      expect(pages).toBe(slides.length);
      expect(view.pages(pages), `${pages} pages`).toBe(true);

      // -raw keeps each table cell's lines together (the layout mode interleaves neighbouring cells).
      const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']);
      const text = squeeze(stdout);
      const data = JSON.parse(await readFile('data/projects.json', 'utf8')) as DataFile;
      for (const p of data.projects) {
        expect(text.includes(squeeze(p.title)), `№${p.id} ${p.title}`).toBe(ids.includes(p.id));
      }
      expect(text).toContain(squeeze('来源：河南省人大常委会办公厅公示（2022-12-23）'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test('presentation mode has 导出PPT in its title bar; the deck’s map is light, like its slides', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'deck-e2e-'));
  try {
    await page.clock.setFixedTime(NOW);
    await page.goto('/?mode=present&level=county');
    await waitForMap(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('toolbar', { name: '演示控制' }).getByRole('button', { name: '导出PPT' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`出彩工作-汇报-县级-${STAMP}.pptx`);
    await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();

    const path = join(dir, 'deck.pptx');
    await download.saveAs(path);
    const picture = (await zipEntries(path)).find((e) => /^ppt\/media\/.+\.png$/u.test(e))!;
    const { stdout: png } = await run('unzip', ['-p', path, picture], {
      encoding: 'buffer',
      maxBuffer: 64 << 20,
    });
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
