// The filtered list as CSV or XLSX, loaded on the first list export click.
import { countyName } from '../../geo';
import { filterProjects } from '../../state/filter-projects';
import { currentList } from '../../state/current-list';
import { selectFilters, useDashboard } from '../../state/store';
import { downloadBlob } from './download';
import { exportFileName } from './file-name';
import { LIST_COLUMNS, listRows, toCsv } from './list-table';

/** Column widths in the spreadsheet (characters), so the long texts are readable without resizing. */
const XLSX_WIDTHS = [6, 40, 36, 8, 20, 24, 80];

/** Exports the projects the filters leave, as CSV or XLSX; returns the file name. */
export async function exportList(format: 'csv' | 'xlsx'): Promise<string> {
  const filters = selectFilters(useDashboard.getState());
  const list = currentList();
  const listed = filterProjects(list.projects, filters);
  const counties = [...new Set(listed.flatMap((p) => (p.county === null ? [] : [p.county])))];
  const names = new Map(counties.map((code) => [code, countyName(code) ?? code]));
  const rows = listRows(listed, names);
  const fileName = exportFileName(
    list.year,
    '项目列表',
    filters,
    new Date(),
    format,
    undefined,
    filters.county === null ? undefined : names.get(filters.county),
  );
  if (format === 'csv') {
    downloadBlob(new Blob([toCsv(LIST_COLUMNS, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
    return fileName;
  }
  // Only now is the spreadsheet writer loaded.
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = LIST_COLUMNS.map((title) => ({ value: title, fontWeight: 'bold' as const }));
  const body = rows.map((row) => row.map((value) => ({ value, wrap: typeof value === 'string' })));
  const blob = await writeXlsxFile([header, ...body], {
    sheet: '出彩工作',
    columns: XLSX_WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
  downloadBlob(blob, fileName);
  return fileName;
}
