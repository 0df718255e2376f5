import { CATEGORY_LABELS, LEVEL_LABELS } from '../../data';
import type { Project } from '../../data';
import { projectPlace } from '../../state/project-place';

/** The columns of the exported list, in order. */
export const LIST_COLUMNS = ['№', '标题', '申报单位', '层级', '地区', '类别', '简介'] as const;

/** One exported row: № as a number, everything else as text. */
export type ListRow = readonly [number, string, string, string, string, string, string];

/** The projects as table rows (no header), in the order given; county names (from the geometry) by code. */
export function listRows(
  projects: readonly Project[],
  countyNames: ReadonlyMap<string, string> = new Map(),
): ListRow[] {
  return projects.map((p) => [
    p.id,
    p.title,
    p.unit,
    LEVEL_LABELS[p.level],
    projectPlace(p, p.county === null ? undefined : countyNames.get(p.county)),
    [p.category, ...p.tags].map((c) => CATEGORY_LABELS[c]).join('、'),
    p.summary,
  ]);
}

// What makes a spreadsheet read a cell as a formula (OWASP, CSV injection): =, +, -, @, a tab or a carriage return.
const FORMULA_START = /^[=+\-@\t\r]/u;

/** Text a spreadsheet shows as text: where it could start a formula, a leading ' (as OWASP advises). */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break. Text is neutralised; numbers
 * are the list's own (№) and stay numbers.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralised(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * A CSV document: UTF-8 byte-order mark (so Excel reads the Chinese), then the lines, fields joined by commas;
 * CRLF line ends.
 */
export function toCsv(lines: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The list as CSV: first the filter that made it (「筛选：层级=县级（符合 6 / 35 项）」), then the header and rows. */
export function listCsv(caption: string, rows: readonly ListRow[]): string {
  return toCsv([[caption], LIST_COLUMNS, ...rows]);
}
