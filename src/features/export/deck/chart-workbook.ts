// The workbook inside each chart (what "Edit Data" opens), mended where pptxgenjs 4.0.1 writes it wrong:
// - its table's range ends in a stray `'` (ref="A1:C7'", gitbrent/PptxGenJS#1531): Keynote and Quick Look
//   cannot read the workbook and drop the whole chart;
// - the header of the first column is an empty string;
// - a 0 is written as an empty value (`<v></v>`), so the zeros are gone once the data is edited.
// Each fix leaves a workbook alone where pptxgenjs already writes it right.
import JSZip from 'jszip';

const xmlText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** One part of the workbook and how it is mended, given the first column's header. */
interface WorkbookFix {
  readonly path: string;
  readonly fix: (xml: string, header: string) => string;
}

const FIXES: readonly WorkbookFix[] = [
  {
    path: 'xl/tables/table1.xml',
    fix: (xml, header) =>
      xml
        .replace(/ref="([A-Z]+\d+:[A-Z]+\d+)'"/u, 'ref="$1"')
        .replace('<tableColumn id="1" name="Column1"/>', `<tableColumn id="1" name="${xmlText(header)}"/>`),
  },
  {
    // The first shared string is the header of the label column (A1).
    path: 'xl/sharedStrings.xml',
    fix: (xml, header) =>
      xml.replace(/<si><t xml:space="preserve"><\/t><\/si>/u, `<si><t>${xmlText(header)}</t></si>`),
  },
  {
    // pptxgenjs writes `value || ''`: an empty value is a 0 (the deck's counts are never missing).
    path: 'xl/worksheets/sheet1.xml',
    fix: (xml) => xml.replace(/<v><\/v>/gu, '<v>0</v>'),
  },
];

/** The embedded workbook, mended and compressed. */
export async function finishWorkbook(xlsx: Uint8Array, header: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const { path, fix } of FIXES) {
    const file = zip.file(path);
    if (!file) throw new Error(`chart workbook without ${path}`);
    zip.file(path, fix(await file.async('string'), header));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
