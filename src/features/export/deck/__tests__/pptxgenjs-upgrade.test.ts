// The deck patches pptxgenjs' own XML (chart-xml.ts, notes-xml.ts, chart-workbook.ts). Here pptxgenjs writes a
// small file of its own, unpatched, and the shapes those patches look for are checked in it: an upgrade that
// writes them differently fails here rather than leaving a chart or the notes silently unfinished. pptxgenjs is
// pinned exactly (package.json); raising the pin means running this first.
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { finishWorkbook } from '../chart-workbook';
import { finishChartXml } from '../chart-xml';
import { notesAsParagraphs } from '../notes-xml';
import { pinnedPackage } from '../../../../test/pinned-package';

/** A horizontal two-series bar chart with a legend and value labels, and notes of two lines, as write-pptx.ts asks. */
async function writeUnfinished(): Promise<JSZip> {
  const pptx = new PptxGenJS();
  const slide = pptx.addSlide();
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: '市级', labels: ['郑州', '洛阳'], values: [2, 0] },
      { name: '县级', labels: ['郑州', '洛阳'], values: [1, 3] },
    ],
    { barDir: 'bar', barGrouping: 'stacked', showLegend: true, legendPos: 't', showValue: true },
  );
  slide.addNotes('第一行\n第二行');
  return JSZip.loadAsync((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
}

const file = async (zip: JSZip, path: string) => zip.file(path)!.async('string');
/** The one chart's file: pptxgenjs numbers charts by a counter that lives as long as the module. */
const chartPath = (zip: JSZip) => zip.file(/^ppt\/charts\/chart\d+\.xml$/u)[0]!.name;

describe('pptxgenjs as the deck patches it', () => {
  const written = writeUnfinished();

  it('is pinned exactly, and the pinned version is the one installed', () => {
    const { wanted, locked, installed } = pinnedPackage('pptxgenjs');
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/u);
    expect([locked, installed]).toEqual([wanted, wanted]);
  });

  it('writes each chart series with its labels and a legend position, which chart-xml.ts finishes', async () => {
    const zip = await written;
    const xml = await file(zip, chartPath(zip));
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toMatch(/<c:legendPos val="t"\/>/u);
    const finished = finishChartXml(xml, {
      categoryTitle: '地区',
      series: [
        { barFills: ['112233', null], labelled: true, inLegend: true },
        { barFills: [null, null], labelled: false, inLegend: false },
      ],
    });
    expect(finished).toContain('<c:dPt><c:idx val="0"/>');
    expect(finished).toContain('<c:dLbls><c:delete val="1"/></c:dLbls>');
    // Horizontal bars count legend entries from the last series: the second series is entry 0.
    expect(finished).toContain('<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>');
  });

  it('writes notes as one run with the line breaks inside, which notes-xml.ts splits into paragraphs', async () => {
    const zip = await written;
    const [notesPath] = Object.keys(zip.files).filter((p) =>
      /^ppt\/notesSlides\/notesSlide\d+\.xml$/u.test(p),
    );
    const finished = notesAsParagraphs(await file(zip, notesPath!));
    expect(finished).toContain('<a:t>第一行</a:t></a:r></a:p><a:p><a:r><a:rPr lang="zh-CN"');
    expect(finished).toContain('<a:t>第二行</a:t>');
  });

  it('writes the chart’s workbook with the shapes chart-workbook.ts mends', async () => {
    const zip = await written;
    const rels = await file(zip, chartPath(zip).replace(/^ppt\/charts\//u, 'ppt/charts/_rels/') + '.rels');
    const target = /Target="\.\.\/(embeddings\/[^"]+\.xlsx)"/u.exec(rels)?.[1];
    expect(target).toBeDefined();
    const raw = await zip.file(`ppt/${target!}`)!.async('uint8array');
    const book = await JSZip.loadAsync(raw);
    expect(await file(book, 'xl/tables/table1.xml')).toContain('<tableColumn id="1" name="Column1"/>');
    expect(await file(book, 'xl/sharedStrings.xml')).toContain('<si><t xml:space="preserve"></t></si>');
    expect(await file(book, 'xl/worksheets/sheet1.xml')).toContain('<v></v>');
    const mended = await JSZip.loadAsync(await finishWorkbook(raw, '地区'));
    expect(await file(mended, 'xl/tables/table1.xml')).toContain('<tableColumn id="1" name="地区"/>');
    expect(await file(mended, 'xl/sharedStrings.xml')).toContain('<si><t>地区</t></si>');
    expect(await file(mended, 'xl/worksheets/sheet1.xml')).not.toContain('<v></v>');
  });
});
