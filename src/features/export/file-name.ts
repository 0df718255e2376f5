import { filtersSlug } from '../../state/describe-filters';
import type { Filters } from '../../state/filters';

/** File types the dashboard exports. */
export type ExportExtension = 'png' | 'svg' | 'csv' | 'xlsx' | 'pptx';

/** The local calendar date as YYYYMMDD (the day the user sees, not UTC). */
export function dateStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/** `出彩工作-<what>-<filters>-<YYYYMMDD>.<ext>`, e.g. 出彩工作-地图-监督-县级-20261125.png. */
export function exportFileName(
  what: string,
  filters: Filters,
  date: Date,
  extension: ExportExtension,
  countyName?: string,
): string {
  return `出彩工作-${what}-${filtersSlug(filters, countyName)}-${dateStamp(date)}.${extension}`;
}
