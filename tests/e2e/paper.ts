// Printing in browser tests: a window.print that records the app's call instead of opening a dialog, the PDF the
// page prints (Chromium's print path, as the dialog's 另存为 PDF), and its pages as text and as pixels.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

const run = promisify(execFile);

declare global {
  interface Window {
    /** How often the app called print() (recorded by the test instead of a dialog). */
    __printCalls?: number;
  }
}

/**
 * Replaces window.print before the page loads: each call is counted and returns at once. A real dialog would
 * hold the page until it closed and then fire afterprint; here the page stays as the app set it up for paper
 * until the test prints it (page.pdf fires beforeprint and afterprint, as the dialog does) or fires afterprint.
 */
export async function recordPrintCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls = (window.__printCalls ?? 0) + 1;
    };
  });
}

/**
 * Converts an office file (.pptx, .xlsx) to PDF with LibreOffice, as a reader's LibreOffice would print it, in a
 * private profile (parallel conversions would share and lock the default one); returns the PDF's path in `dir`.
 */
export async function officeToPdf(file: string, dir: string): Promise<string> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { timeout: 120_000 },
  );
  return join(dir, basename(file).replace(/\.[^.]+$/u, '.pdf'));
}

/** The PDF of the page as it prints now, and its pages as text and pixels. Call `done` when finished. */
export async function printedPdf(page: Page): Promise<PrintedPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'print-e2e-'));
  const file = join(dir, 'report.pdf');
  await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return new PrintedPdf(dir, file);
}

/** A word printed on a page, its box in pt from the page's top left. */
export interface PrintedWord {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly bottom: number;
}

/** A page rendered to pixels: RGB, row by row. */
export interface PageImage {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

class PrintedPdf {
  constructor(
    private readonly dir: string,
    private readonly file: string,
  ) {}

  /** Number of pages and the page size in points (pdfinfo). */
  async info(): Promise<{ pages: number; width: number; height: number }> {
    const { stdout } = await run('pdfinfo', [this.file]);
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(stdout) ?? [];
    return {
      pages: Number(/Pages:\s+(\d+)/u.exec(stdout)?.[1] ?? 0),
      width: Number(width),
      height: Number(height),
    };
  }

  /** The text of one page (or all, without a number), in the order it was drawn. */
  async text(pageNumber?: number): Promise<string> {
    const range = pageNumber === undefined ? [] : ['-f', String(pageNumber), '-l', String(pageNumber)];
    const { stdout } = await run('pdftotext', [...range, '-raw', '-enc', 'UTF-8', this.file, '-']);
    return stdout;
  }

  /**
   * The words of one page with their boxes in pt (pdftotext -bbox). A CJK glyph is one em wide, so a word of
   * Chinese characters is as many font sizes wide as it has characters.
   */
  async words(pageNumber: number): Promise<PrintedWord[]> {
    const p = String(pageNumber);
    const { stdout } = await run('pdftotext', ['-f', p, '-l', p, '-bbox', '-enc', 'UTF-8', this.file, '-']);
    const found: PrintedWord[] = [];
    const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu;
    for (const [, x0, y0, x1, y1, text] of stdout.matchAll(pattern)) {
      found.push({
        text: text!,
        x: Number(x0),
        y: Number(y0),
        width: Number(x1) - Number(x0),
        bottom: Number(y1),
      });
    }
    return found;
  }

  /** One page as pixels at `dpi` (pdftoppm, PPM: a short header, then RGB bytes). */
  async image(pageNumber: number, dpi = 50): Promise<PageImage> {
    const out = join(this.dir, `page-${pageNumber}`);
    const p = String(pageNumber);
    await run('pdftoppm', ['-r', String(dpi), '-f', p, '-l', p, '-singlefile', this.file, out]);
    const data = await readFile(`${out}.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/u.exec(data.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('not a PPM image');
    const [all, width, height] = header;
    return { width: Number(width), height: Number(height), rgb: data.subarray(all.length) };
  }

  async done(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Share of the pixels in a part of the image (fractions of its width and height) that match `test`. */
export function shareOf(
  image: PageImage,
  area: { left: number; top: number; right: number; bottom: number },
  test: (r: number, g: number, b: number) => boolean,
): number {
  let hits = 0;
  let all = 0;
  for (let y = Math.floor(area.top * image.height); y < Math.floor(area.bottom * image.height); y += 1) {
    for (let x = Math.floor(area.left * image.width); x < Math.floor(area.right * image.width); x += 1) {
      const i = (y * image.width + x) * 3;
      if (test(image.rgb[i]!, image.rgb[i + 1]!, image.rgb[i + 2]!)) hits += 1;
      all += 1;
    }
  }
  return all === 0 ? 0 : hits / all;
}
