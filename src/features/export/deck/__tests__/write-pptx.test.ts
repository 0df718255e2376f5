// The written file read back, as an office suite would: the zip, its properties, the charts' XML and the
// workbooks behind the charts.
import JSZip from 'jszip';
import { readSheet } from 'read-excel-file/node';
import { LIGHT_THEME } from '../../../../lib/theme';
import { CHARTS } from '../../../../charts/chart-list';
import { buildDeck, DECK_AUTHOR } from '../build-deck';
import { faded } from '../chart-slides';
import { writePptx } from '../write-pptx';
import type { DeckImages } from '../write-pptx';
import { createList } from '../../../../test/data-generators';
import { LEGISLATION_CITY, PROJECTS } from './deck-fixture';

/** A 1 × 1 PNG for the map's slot. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

const deck = buildDeck({
  list: createList(PROJECTS, { year: 2031 }),
  filters: LEGISLATION_CITY,
  charts: CHARTS,
  date: new Date(2026, 10, 25),
  mapAspect: 1.2,
  mapWords: { note: '颜色：各省辖市市级、县级项目数；金色标记为省级项目（单列，不计入郑州）' },
});

/** Each entry's name and compression method (0 stored, 8 deflated), from the zip's central directory. */
function zipMethods(bytes: Uint8Array): { name: string; method: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method: view.getUint16(at + 10, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The same pixel in every picture slot the deck asks for (the map, each locator). */
const pictures = Object.fromEntries(
  deck.slides.flatMap((s) => s.elements.flatMap((e) => (e.kind === 'image' ? [[e.slot, PIXEL]] : []))),
) as DeckImages;

const written = writePptx(deck, pictures).then(async (blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { bytes, zip: await JSZip.loadAsync(bytes) };
});
const entry = async (path: string) => (await written).zip.file(path)!.async('string');
const hex = (colour: string) => colour.slice(1).toUpperCase();

/** The chart XML whose series are named so. */
async function chartNamed(seriesName: string): Promise<string> {
  const { zip } = await written;
  const charts = zip.file(/^ppt\/charts\/chart\d+\.xml$/u);
  const texts = await Promise.all(charts.map((f) => f.async('string')));
  return texts.find((t) => t.includes(`<c:v>${seriesName}</c:v>`))!;
}

describe('writePptx', () => {
  it('compresses every file in the zip', async () => {
    const files = zipMethods((await written).bytes).filter((e) => !e.name.endsWith('/'));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((e) => e.method !== 8)).toEqual([]);
  });

  it('names the file after the dashboard and its filters, not pptxgenjs', async () => {
    const core = await entry('docProps/core.xml');
    expect(core).toContain(`<dc:title>${deck.title}</dc:title>`);
    expect(deck.title).toBe('河南省人大系统“出彩工作”（2031年度） · 工作汇报');
    expect(core).toContain(`<dc:subject>${deck.subject}</dc:subject>`);
    expect(deck.subject).toMatch(/^筛选：类别=立法；层级=市级（符合 \d+ \/ \d+ 项）$/u);
    expect(core).toContain(`<dc:creator>${DECK_AUTHOR}</dc:creator>`);
    expect(`${core}${await entry('docProps/app.xml')}`).not.toContain('PptxGenJS');
  });

  it('stacks 按类别 as on the dashboard: faded where not chosen, totals labelled, 合计 kept out of the legend', async () => {
    const xml = await chartNamed('兼属类别');
    expect(xml).toContain('<c:grouping val="stacked"/>');
    const series = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/gu)!;
    expect(series.map((s) => /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/u.exec(s)![1])).toEqual([
      '主类别',
      '兼属类别',
      '合计',
    ]);
    // Horizontal bars are written bottom up: 立法, the chosen category, is the last point (index 4).
    const fills = (s: string) =>
      [...s.matchAll(/<c:dPt><c:idx val="(\d)"\/>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"\/>/gu)].map((m) => [
        Number(m[1]),
        m[2],
      ]);
    const fadedAt = (colour: string) => [0, 1, 2, 3].map((i) => [i, hex(faded(colour))]);
    expect(fills(series[0]!)).toEqual(fadedAt(LIGHT_THEME.accent));
    expect(fills(series[1]!)).toEqual(fadedAt(LIGHT_THEME.ramp[1]!));
    expect(series[0]).toContain(`<a:srgbClr val="${hex(LIGHT_THEME.accent)}"/>`);
    // Only the totals carry labels, zeros included; the 合计 series draws no bars.
    expect(series[0]).toContain('<c:dLbls><c:delete val="1"/></c:dLbls>');
    expect(series[1]).toContain('<c:dLbls><c:delete val="1"/></c:dLbls>');
    expect(series[2]).toContain('<a:noFill/>');
    expect(series[2]).toContain('<c:showVal val="1"/>');
    expect(series[2]).toContain('formatCode="0&quot; 项&quot;"');
    // Legend entries of horizontal bars count from the last series: entry 0 is 合计.
    expect(xml).toContain('<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>');
  });

  it('writes workbooks behind the charts that read back whole: valid range, a header for every column, zeros', async () => {
    const { zip } = await written;
    const books = zip.file(/^ppt\/embeddings\/.+\.xlsx$/u);
    expect(books).toHaveLength(3);
    const sheets = [];
    for (const book of books) {
      const inner = await JSZip.loadAsync(await book.async('uint8array'));
      const table = await inner.file('xl/tables/table1.xml')!.async('string');
      expect(/ref="([^"]*)"/u.exec(table)![1]).toMatch(/^A1:[A-Z]+\d+$/u);
      sheets.push(await readSheet(Buffer.from(await book.async('uint8array'))));
    }
    const category = sheets.find((rows) => rows[0]![0] === '类别')!;
    expect(category[0]).toEqual(['类别', '主类别', '兼属类别', '合计']);
    // Bottom up, as the chart is written: 综合与自身建设 first, with no projects at all.
    expect(category.slice(1)).toEqual([
      ['综合与自身建设', 0, 0, 0],
      ['全过程人民民主', 0, 1, 1],
      ['代表工作', 1, 0, 1],
      ['监督', 1, 1, 2],
      ['立法', 2, 0, 2],
    ]);
    expect(sheets.map((rows) => rows[0]![0])).toEqual(['类别', '层级', '地区']);
    for (const rows of sheets) expect(rows.flat().every((v) => v !== null && v !== '')).toBe(true);
  });

  it('writes each project slide’s notes for the presenter view, a paragraph per line, marked Chinese', async () => {
    const { zip } = await written;
    const projectSlides = deck.slides.flatMap((s, i) => (s.key.startsWith('projects:') ? [i + 1] : []));
    expect(projectSlides.length).toBeGreaterThan(0);
    for (const n of projectSlides) {
      // pptxgenjs numbers notes slides as it numbers slides.
      const xml = await zip.file(`ppt/notesSlides/notesSlide${n}.xml`)!.async('string');
      const paragraphs = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/gu)].map((m) =>
        [...m[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((t) => t[1]).join(''),
      );
      const lines = deck.slides[n - 1]!.notes!.split('\n');
      expect(paragraphs.slice(0, lines.length)).toEqual(lines);
      expect(xml).not.toContain('lang="en-US" dirty="0"/><a:t>№');
    }
  });

  it('sets no text under 10 pt on any slide or chart', async () => {
    const { zip } = await written;
    const files = zip.file(/^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/u);
    expect(files.length).toBeGreaterThan(deck.slides.length);
    for (const file of files) {
      const sizes = [...(await file.async('string')).matchAll(/\ssz="(\d+)"/gu)].map((m) => Number(m[1]));
      expect(Math.min(...sizes), file.name).toBeGreaterThanOrEqual(1000);
    }
  });
});
