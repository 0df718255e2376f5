// 导出Excel on paper: the whole list, printed from LibreOffice Calc (headless, to PDF), is A4 landscape, one page
// wide, at most 15 pages, with the header row atop every page and every summary whole (its last words printed).
// Needs soffice with Calc, pdftotext and pdfinfo (.ci/run installs libreoffice-calc and poppler-utils).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, waitForMap } from './fixtures';
import { officeToPdf } from './paper';

const run = promisify(execFile);
const squeeze = (text: string) => text.replace(/\s+/gu, '');
/** What the issue asked of the printed list of 35 projects (it was 45 portrait pages). */
const MAX_LIST_PAGES = 15;

interface DataFile {
  projects: { id: number; summary: string }[];
}

/** The PDF's text, page by page. */
async function pdfPageTexts(pdf: string): Promise<string[]> {
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]);
  const { stdout } = await run('pdftotext', [pdf, '-']);
  // pdftotext ends each page with a form feed.
  return stdout.split('\f').slice(0, pages);
}

test('导出Excel prints from Calc on at most 15 landscape pages, header on each, no summary cut', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), 'list-print-e2e-'));
  try {
    await page.goto('/');
    await waitForMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出Excel' }).click(),
    ]);
    const xlsx = join(dir, 'list.xlsx');
    await download.saveAs(xlsx);
    const pdf = await officeToPdf(xlsx, dir);
    const { stdout: info } = await run('pdfinfo', [pdf]);
    const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+)/mu.exec(info)!;
    expect(Number(width), 'landscape').toBeGreaterThan(Number(height));

    // The list's pages, then one for 筛选条件.
    const pages = await pdfPageTexts(pdf);
    const listPages = pages.slice(0, -1);
    expect(pages.at(-1)).toContain('来源：');
    expect(listPages.length).toBeGreaterThan(1);
    expect(listPages.length).toBeLessThanOrEqual(MAX_LIST_PAGES);
    for (const [i, text] of listPages.entries()) {
      expect(squeeze(text), `page ${i + 1} repeats the header`).toContain('申报单位');
    }

    // Fit to width: every summary's last words are on paper, not cut at the right margin.
    const printed = squeeze(listPages.join(''));
    const data = JSON.parse(await readFile('data/lists/2022.json', 'utf8')) as DataFile;
    expect(data.projects).toHaveLength(35);
    for (const project of data.projects) {
      expect(printed, `№${project.id}'s summary ends on paper`).toContain(
        squeeze(project.summary).slice(-12),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
