// The filtered list as CSV or XLSX, loaded on the first list export click.
import { countyName } from '../../geo';
import type { ResourceCache } from '../../lib/resource-cache';
import { readyScene } from './export-scene';
import { downloadBlob } from './download';
import { exportFileName } from './file-name';
import { imageWords } from './image-words';
import { listCsv, listRows } from './list-table';
import { listWorkbook, listWorkbookOptions } from './list-workbook';

/** Exports the projects the filters leave, as CSV or XLSX; returns the file name. */
export async function exportList(cache: ResourceCache, format: 'csv' | 'xlsx'): Promise<string> {
  // The list the page shows: the scene's.
  const { filters, list, matching: listed } = readyScene(cache);
  const counties = [...new Set(listed.flatMap((p) => (p.county === null ? [] : [p.county])))];
  const names = new Map(counties.map((code) => [code, countyName(code) ?? code]));
  const rows = listRows(listed, names);
  const county = countyName(filters.county);
  // The filter in the images' words: 「筛选：层级=县级（符合 6 / 35 项）」.
  const words = imageWords(list, filters, null, undefined, { countyName: county });
  const fileName = exportFileName(list.year, '项目列表', filters, new Date(), format, undefined, county);
  if (format === 'csv') {
    downloadBlob(new Blob([listCsv(words.caption, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
    return fileName;
  }
  // Only now is the spreadsheet writer loaded.
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(
    listWorkbook(words.caption, words.source, rows),
    listWorkbookOptions(),
  ).toBlob();
  downloadBlob(blob, fileName);
  return fileName;
}
