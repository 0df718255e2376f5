// The filtered list as an Excel workbook (the sheets write-excel-file writes): the list, its long titles and
// summaries wrapped in rows tall enough to read them, set up to print (A4 landscape, one page wide, header on every
// page), and a second sheet, 筛选条件, naming the filter.
import type { Options, Sheet } from 'write-excel-file/browser';
import { wrapText } from './image-layout';
import { printSetup } from './list-print';
import { LIST_COLUMNS } from './list-table';
import type { ListRow } from './list-table';

/** The list sheet's name. */
export const LIST_SHEET = '出彩工作';
/** The sheet that says which filter made the list. */
export const FILTER_SHEET = '筛选条件';

/** Column widths in characters, so the long texts are readable without resizing. */
const LIST_WIDTHS = [6, 40, 36, 8, 20, 24, 80] as const;
const FILTER_WIDTH = 80;

// A column `width` wide holds `width` digits of the default font. A digit is about 0.48 em of a CJK character
// (7 px against 14.7 px at 11 pt in Excel, WPS and LibreOffice); 0.42 errs towards a line too many, which
// leaves a gap, never towards one too few, which hides text.
const DIGIT_EM = 0.42;
/** Points per line of 11-point text (Excel's one-line row is 15 pt; CJK fonts set a little taller). */
const LINE_PT = 16;
const PADDING_PT = 4;

/** The lines text wraps into in a column `width` characters wide (one held back for the cell's margins). */
export function cellLines(text: string, width: number): number {
  return text
    .split('\n')
    .reduce(
      (lines, paragraph) => lines + Math.max(1, wrapText(paragraph, 1, (width - 1) * DIGIT_EM).length),
      0,
    );
}

/** The height (points) of a row of these cells in columns of these widths: its tallest wrapped cell. */
export function rowHeight(cells: readonly (string | number)[], widths: readonly number[]): number {
  const lines = Math.max(
    1,
    ...cells.map((v, i) => (typeof v === 'string' ? cellLines(v, widths[i] ?? 10) : 1)),
  );
  return lines * LINE_PT + PADDING_PT;
}

/** Text cells wrap and sit at the top of their row; the row is as tall as its longest text needs. */
function wrappedRow(cells: readonly (string | number)[], widths: readonly number[]) {
  const height = rowHeight(cells, widths);
  return cells.map((value) => ({
    value,
    wrap: typeof value === 'string',
    alignVertical: 'top' as const,
    height,
  }));
}

/** The workbook's sheets: the list (header kept in view), and 筛选条件 with the filter and the source. */
export function listWorkbook<FileContent = File | Blob | ArrayBuffer>(
  caption: string,
  source: string,
  rows: readonly ListRow[],
): Sheet<FileContent>[] {
  const header = LIST_COLUMNS.map((title) => ({ value: title, fontWeight: 'bold' as const }));
  return [
    {
      sheet: LIST_SHEET,
      data: [header, ...rows.map((row) => wrappedRow(row, LIST_WIDTHS))],
      columns: LIST_WIDTHS.map((width) => ({ width })),
      stickyRowsCount: 1,
      // A4 landscape; listWorkbookOptions fits it to the page's width and repeats the header.
      orientation: 'landscape',
    },
    {
      sheet: FILTER_SHEET,
      data: [wrappedRow([caption], [FILTER_WIDTH]), wrappedRow([source], [FILTER_WIDTH])],
      columns: [{ width: FILTER_WIDTH }],
    },
  ];
}

/** The workbook's writer options: the list sheet's print setup. */
export function listWorkbookOptions<FileContent = File | Blob | ArrayBuffer>(): Options<FileContent> {
  return { features: [printSetup<FileContent>(LIST_SHEET)] };
}
