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

/** One CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * A CSV document: UTF-8 byte-order mark (so Excel reads the Chinese), the header, then the rows; CRLF line ends.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
