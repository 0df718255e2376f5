// A region's projects as rows of a native table: the header, a row per project with the height its tallest cell
// needs (estimated conservatively, slide-text.ts), and on a slide shared by several prefectures a row naming each.
import { CATEGORY_LABELS } from '../../../data';
import type { Project } from '../../../data';
import type { TableCell } from './deck-types';
import { COLOURS, CONTENT_W } from './slide-frame';
import { linesHeight, textHeight } from './slide-text';

/** A table column: its header and width (inches). */
export interface Column {
  readonly header: string;
  readonly w: number;
}

const columns = (widths: readonly [number, number, number, number], total: number): Column[] => {
  const [no, title, unit, category] = widths;
  return [
    { header: '№', w: no },
    { header: '标题', w: title },
    { header: '申报单位', w: unit },
    { header: '类别', w: category },
    { header: '关键数字', w: total - no - title - unit - category },
  ];
};

/** Columns across the content width (the 省级 slides). */
export const PROJECT_COLUMNS = columns([0.6, 5.0, 2.45, 1.65], CONTENT_W);

/** Columns of a table that leaves room for the locator map beside it, `width` inches in all. */
export const narrowColumns = (width: number): Column[] => columns([0.55, 3.0, 1.6, 1.3], width);

const TITLE_SIZE = 13;
const BODY_SIZE = 11;
const HEAD_SIZE = 12;

/**
 * Type scales to try, largest first: a slide whose rows fit at a larger scale gets it (a prefecture with one
 * project should not be a line of small print on an empty slide); otherwise it is paged at the base size.
 */
export const TYPE_SCALES = [1.4, 1.25, 1.1, 1] as const;

const sized = (size: number, scale: number) => Math.round(size * scale * 2) / 2;

/** A table row: the height its tallest cell needs, and its cells. */
export interface Row {
  readonly h: number;
  readonly cells: readonly TableCell[];
}

/** A project's key figures, one per line: 「接待群众 26,198 人次」. */
export function keyFigureLines(project: Project): string {
  return project.highlights.map((h) => `${h.label} ${h.value.toLocaleString('zh-CN')} ${h.unit}`).join('\n');
}

function cell(value: string, fontSize: number, extra: Partial<TableCell> = {}): TableCell {
  return { runs: [{ text: value }], fontSize, colour: COLOURS.text, valign: 'top', ...extra };
}

/** One project as a table row, with the height its tallest cell needs. */
export function projectRow(
  project: Project,
  shaded: boolean,
  scale = 1,
  cols: readonly Column[] = PROJECT_COLUMNS,
): Row {
  const titleSize = sized(TITLE_SIZE, scale);
  const bodySize = sized(BODY_SIZE, scale);
  const [no, title, unit, category, figures] = cols.map((c) => c.w) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const tags = project.tags.map((t) => CATEGORY_LABELS[t]).join('、');
  const categoryText = tags
    ? `${CATEGORY_LABELS[project.category]}\n兼：${tags}`
    : CATEGORY_LABELS[project.category];
  const figureText = keyFigureLines(project) || '—';
  const h = Math.max(
    textHeight(String(project.id), bodySize, no),
    textHeight(project.title, titleSize, title),
    textHeight(project.unit, bodySize, unit),
    textHeight(categoryText, bodySize, category),
    textHeight(figureText, bodySize, figures),
  );
  const fill = shaded ? COLOURS.band : COLOURS.white;
  const categoryRuns = [
    { text: CATEGORY_LABELS[project.category], colour: COLOURS.accent, bold: true, breakAfter: tags !== '' },
    ...(tags ? [{ text: `兼：${tags}`, colour: COLOURS.muted }] : []),
  ];
  return {
    h,
    cells: [
      cell(String(project.id), bodySize, { fill, align: 'center', colour: COLOURS.muted }),
      cell(project.title, titleSize, { fill, bold: true }),
      cell(project.unit, bodySize, { fill }),
      { ...cell('', bodySize, { fill }), runs: categoryRuns },
      cell(figureText, bodySize, { fill, colour: figureText === '—' ? COLOURS.muted : COLOURS.text }),
    ],
  };
}

/** The header row's height at this scale. */
export const headHeight = (scale: number) => linesHeight(1, sized(HEAD_SIZE, scale)) + 0.04;

export function headerRow(scale: number, cols: readonly Column[] = PROJECT_COLUMNS): Row {
  return {
    h: headHeight(scale),
    cells: cols.map((c) =>
      cell(c.header, sized(HEAD_SIZE, scale), {
        bold: true,
        colour: COLOURS.accent,
        fill: COLOURS.accentSoft,
        valign: 'middle',
        align: c.header === '№' ? 'center' : 'left',
      }),
    ),
  };
}

/** The row that opens a prefecture's projects on a shared slide: 「郑州市 · 2 项」 across the table. */
export function sectionRow(name: string, count: number, scale: number, cols: readonly Column[]): Row {
  const size = sized(TITLE_SIZE, scale);
  return {
    h: linesHeight(1, size),
    cells: [
      cell(`${name} · ${count} 项`, size, {
        bold: true,
        colour: COLOURS.accent,
        valign: 'middle',
        colspan: cols.length,
      }),
    ],
  };
}
