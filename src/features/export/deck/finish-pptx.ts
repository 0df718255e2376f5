// The last step of the deck: pptxgenjs' zip, finished. Its charts get what pptxgenjs cannot write (chart-xml.ts),
// their workbooks are mended (chart-workbook.ts), the notes are set line by line (notes-xml.ts), and the whole
// file is compressed: pptxgenjs 4.0.1 ignores `compression` whenever an output type is given, so its file is
// stored, not deflated (about 2.5 × larger).
import JSZip from 'jszip';
import { finishWorkbook } from './chart-workbook';
import { finishChartXml } from './chart-xml';
import type { ChartFinish } from './chart-xml';
import { notesAsParagraphs } from './notes-xml';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const CHART = /^ppt\/charts\/chart(\d+)\.xml$/u;
const NOTES = /^ppt\/notesSlides\/notesSlide\d+\.xml$/u;
const WORKBOOK_TARGET = /Target="\.\.\/(embeddings\/[^"]+\.xlsx)"/u;

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`pptx without ${path}`);
  return file.async('string');
}

/** One chart and its workbook, finished in place. */
async function finishChart(zip: JSZip, chartPath: string, finish: ChartFinish): Promise<void> {
  zip.file(chartPath, finishChartXml(await text(zip, chartPath), finish));
  const rels = await text(zip, chartPath.replace(/^ppt\/charts\/(.+)$/u, 'ppt/charts/_rels/$1.rels'));
  const target = WORKBOOK_TARGET.exec(rels)?.[1];
  if (!target) throw new Error(`${chartPath} has no workbook`);
  const workbook = zip.file(`ppt/${target}`);
  if (!workbook) throw new Error(`pptx without ppt/${target}`);
  zip.file(`ppt/${target}`, await finishWorkbook(await workbook.async('uint8array'), finish.categoryTitle));
}

/**
 * The finished, compressed .pptx. `charts` are in the order they were added: pptxgenjs numbers chart files by
 * a counter that only grows, so the order of their numbers is the order of the slides.
 */
export async function finishPptx(written: Uint8Array, charts: readonly ChartFinish[]): Promise<Blob> {
  const zip = await JSZip.loadAsync(written);
  const chartPaths = Object.keys(zip.files)
    .flatMap((path) => {
      const n = CHART.exec(path)?.[1];
      return n === undefined ? [] : [{ path, n: Number(n) }];
    })
    .sort((a, b) => a.n - b.n)
    .map((c) => c.path);
  if (chartPaths.length !== charts.length) {
    throw new Error(`pptx has ${chartPaths.length} charts, ${charts.length} expected`);
  }
  await Promise.all([
    ...chartPaths.map((path, i) => finishChart(zip, path, charts[i]!)),
    ...Object.keys(zip.files)
      .filter((path) => NOTES.test(path))
      .map(async (path) => zip.file(path, notesAsParagraphs(await text(zip, path)))),
  ]);
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE' });
}
