import JSZip from 'jszip';
import writeXlsxFile from 'write-excel-file/node';
import type { Sheet } from 'write-excel-file/node';
import { createProject } from '../../../test/data-generators';
import { LIST_COLUMNS, listRows } from '../list-table';
import {
  cellLines,
  FILTER_SHEET,
  LIST_SHEET,
  listWorkbook,
  listWorkbookOptions,
  rowHeight,
} from '../list-workbook';

describe('cellLines', () => {
  it('counts the lines text wraps into, a CJK character taking about two digits of the width', () => {
    expect(cellLines('立法', 40)).toBe(1);
    // 40 characters wide: 17 CJK characters a line at most, so 60 of them take four lines.
    expect(cellLines('字'.repeat(60), 40)).toBe(4);
    expect(cellLines('第一段\n第二段', 40)).toBe(2);
  });
});

describe('listWorkbook', () => {
  const SHORT = createProject({
    id: 1,
    level: 'city',
    category: 'legislation',
    title: '短标题',
    summary: '短简介',
  });
  const LONG = createProject({
    id: 2,
    level: 'county',
    category: 'supervision',
    title: '一个很长的标题'.repeat(8),
    summary: '一段很长的简介，写满了做法和成效。'.repeat(20),
  });
  const [list, filter] = listWorkbook(
    '筛选：层级=县级（符合 1 / 2 项）',
    '来源：某公示',
    listRows([SHORT, LONG]),
  );

  it('wraps every text cell and makes each row as tall as its longest text', () => {
    expect(list!.sheet).toBe(LIST_SHEET);
    expect(list!.data[0]!.map((c) => (c as { value: string }).value)).toEqual([...LIST_COLUMNS]);
    const [short, long] = list!.data.slice(1) as { value: unknown; wrap?: boolean; height?: number }[][];
    for (const row of [short!, long!]) {
      expect(row.every((c) => c.wrap === (typeof c.value === 'string'))).toBe(true);
      expect(new Set(row.map((c) => c.height)).size).toBe(1);
    }
    expect(short![0]!.height).toBe(rowHeight(['短标题'], [40]));
    // 340 characters in the 80-wide 简介 column: at least ten lines of at least 15 pt.
    expect(long![0]!.height).toBeGreaterThanOrEqual(10 * 15);
  });

  it('adds a sheet 筛选条件 with the filter and the source, in the images’ words', () => {
    expect(filter!.sheet).toBe(FILTER_SHEET);
    expect(filter!.data.map((row) => (row[0] as { value: string }).value)).toEqual([
      '筛选：层级=县级（符合 1 / 2 项）',
      '来源：某公示',
    ]);
  });
});

/** What the node build of write-excel-file reads images from (its multi-sheet overload is the last one). */
type NodeContent = Parameters<typeof writeXlsxFile>[0] extends Sheet<infer F>[] ? F : never;

describe('the written workbook', () => {
  // The workbook as 导出Excel writes it (the node build of the same writer), opened as the zip of XML it is.
  async function writtenXml() {
    const rows = listRows([createProject({ summary: '一段很长的简介。'.repeat(40) }), createProject()]);
    const sheets = listWorkbook<NodeContent>('筛选：全部项目', '来源：某公示', rows);
    const xlsx = await writeXlsxFile(sheets, listWorkbookOptions<NodeContent>()).toBuffer();
    const zip = await JSZip.loadAsync(xlsx);
    const read = (path: string) => zip.file(path)!.async('string');
    return {
      list: await read('xl/worksheets/sheet1.xml'),
      filter: await read('xl/worksheets/sheet2.xml'),
      workbook: await read('xl/workbook.xml'),
      styles: await read('xl/styles.xml'),
    };
  }

  it('prints the list on A4 landscape, one page wide and as many tall as it needs', async () => {
    const { list } = await writtenXml();
    const setup = /<pageSetup\b[^>]*\/>/u.exec(list)?.[0] ?? '';
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('paperSize="9"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    // The fit only counts with sheetPr's fitToPage, and sheetPr must be the worksheet's first child.
    expect(list).toMatch(/<worksheet\b[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/u);
    // Margins come before the page setup, as the schema orders them.
    expect(list.indexOf('<pageMargins')).toBeGreaterThan(list.indexOf('</sheetData>'));
    expect(list.indexOf('<pageMargins')).toBeLessThan(list.indexOf('<pageSetup'));
  });

  it('repeats the header row on every printed page, and only on the list', async () => {
    const { workbook, filter } = await writtenXml();
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${LIST_SHEET}'!$1:$1</definedName>`,
    );
    expect(workbook.match(/_xlnm\.Print_Titles/gu)).toHaveLength(1);
    expect(filter).not.toContain('fitToPage');
  });

  it('wraps 简介 in its wide column instead of letting it run off the page', async () => {
    const { list, styles } = await writtenXml();
    expect(list).toMatch(/<col min="7" max="7" width="80"/u);
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/u
      .exec(styles)![1]!
      .match(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/gu)!;
    const style = Number(/<c r="G2"[^>]* s="(\d+)"/u.exec(list)![1]);
    expect(xfs[style]).toContain('wrapText="1"');
  });
});
