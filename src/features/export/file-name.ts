import { filtersSlug } from '../../state/describe-filters';
import type { Filters } from '../../state/filters';

/** File types the dashboard exports. */
export type ExportExtension = 'png' | 'svg' | 'csv' | 'xlsx' | 'pptx';

/** The local calendar date as YYYYMMDD (the day the user sees, not UTC). */
export function dateStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/**
 * `出彩工作<year>-<what>-<filters>-<YYYYMMDD>[-<variant>].<ext>`, e.g. 出彩工作2022-地图-监督-县级-20261125.png: the
 * list's year, so that files of two years never mix; a variant such as `4K` keeps two sizes of the same image
 * from overwriting each other.
 */
export function exportFileName(
  year: number,
  what: string,
  filters: Filters,
  date: Date,
  extension: ExportExtension,
  variant?: string,
  countyName?: string,
): string {
  const suffix = variant ? `-${variant}` : '';
  return `出彩工作${year}-${what}-${filtersSlug(filters, countyName)}-${dateStamp(date)}${suffix}.${extension}`;
}
