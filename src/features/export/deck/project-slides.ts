// One slide per region group (省级, then each prefecture in code order) listing its projects as a native
// table; a group that does not fit continues on the next slide. Row heights are estimated conservatively
// (slide-text.ts), so the table never runs past the footer.
import { CATEGORY_LABELS } from '../../../data';
import type { Project } from '../../../data';
import type { RegionGroup } from '../../../state/region-groups';
import type { DeckElement, TableCell, TableElement } from './deck-types';
import { keyFigureTiles } from './key-figure-tiles';
import { COLOURS, CONTENT_BOTTOM, CONTENT_TOP, CONTENT_W, MARGIN_X } from './slide-frame';
import { linesHeight, textHeight } from './slide-text';

/** Columns of the list: header, width (inches). The widths add up to the content width. */
export const PROJECT_COLUMNS = [
  { header: '№', w: 0.6 },
  { header: '标题', w: 5.0 },
  { header: '申报单位', w: 2.45 },
  { header: '类别', w: 1.65 },
  { header: '关键数字', w: CONTENT_W - 0.6 - 5.0 - 2.45 - 1.65 },
] as const;

const TITLE_SIZE = 13;
const BODY_SIZE = 11;
const HEAD_SIZE = 12;

/**
 * Type scales to try, largest first: a group that fits on one slide at a larger scale gets it (a prefecture with
 * one project should not be a line of small print on an empty slide); otherwise it is paged at the base size.
 */
export const TYPE_SCALES = [1.4, 1.25, 1.1, 1] as const;

const sized = (size: number, scale: number) => Math.round(size * scale * 2) / 2;
const headHeight = (scale: number) => linesHeight(1, sized(HEAD_SIZE, scale)) + 0.04;

/** A project's key figures, one per line: 「接待群众 26,198 人次」. */
export function keyFigureLines(project: Project): string {
  return project.highlights.map((h) => `${h.label} ${h.value.toLocaleString('zh-CN')} ${h.unit}`).join('\n');
}

function cell(value: string, fontSize: number, extra: Partial<TableCell> = {}): TableCell {
  return { runs: [{ text: value }], fontSize, colour: COLOURS.text, valign: 'top', ...extra };
}

/** One project as a table row, with the height its tallest cell needs. */
export function projectRow(project: Project, shaded: boolean, scale = 1): { h: number; cells: TableCell[] } {
  const titleSize = sized(TITLE_SIZE, scale);
  const bodySize = sized(BODY_SIZE, scale);
  const [no, title, unit, category, figures] = PROJECT_COLUMNS.map((c) => c.w) as [
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

function headerRow(scale: number): { h: number; cells: TableCell[] } {
  return {
    h: headHeight(scale),
    cells: PROJECT_COLUMNS.map((c) =>
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

/** One slide's share of a group: its title and its table. */
export interface ProjectPage {
  readonly key: string;
  readonly title: string;
  readonly table: TableElement;
  /** What fills the room under a short table (the group's key figures in large type), if anything. */
  readonly extras: readonly DeckElement[];
  readonly projectIds: readonly number[];
}

/** The room a table has below the title bar and above the footer. */
export const TABLE_ROOM = CONTENT_BOTTOM - CONTENT_TOP;

type Row = { project: Project; row: { h: number; cells: TableCell[] } };

const rowsAt = (group: RegionGroup, scale: number): Row[] =>
  group.projects.map((p, i) => ({ project: p, row: projectRow(p, i % 2 === 1, scale) }));

const fits = (rows: readonly Row[], scale: number) =>
  rows.reduce((sum, r) => sum + r.row.h, headHeight(scale)) <= TABLE_ROOM;

/** Splits rows into slides' worth, each under the header row. */
function paginate(rows: readonly Row[], scale: number): Row[][] {
  const pages: Row[][] = [];
  let current: Row[] = [];
  let used = headHeight(scale);
  for (const r of rows) {
    // A row taller than a whole slide still gets a slide of its own (none in the data comes close).
    if (current.length > 0 && used + r.row.h > TABLE_ROOM) {
      pages.push(current);
      current = [];
      used = headHeight(scale);
    }
    current.push(r);
    used += r.row.h;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/**
 * A group's projects on one slide at the largest type scale that fits, or else split over as many slides as
 * their rows need at the base size, each with the header row again.
 */
export function projectPages(group: RegionGroup): ProjectPage[] {
  const hasFigures = group.projects.some((p) => p.highlights.length > 0);
  const tilesAt = (scale: number) => {
    const rows = rowsAt(group, scale);
    const bottom = CONTENT_TOP + rows.reduce((sum, r) => sum + r.row.h, headHeight(scale));
    return keyFigureTiles(group.projects, bottom, CONTENT_BOTTOM);
  };
  const fitting = TYPE_SCALES.filter((s) => fits(rowsAt(group, s), s));
  // The largest type that leaves room for the key figures too; else the largest that fits; else paged.
  const scale =
    fitting.find((s) => !hasFigures || tilesAt(s).length > 0) ?? fitting[0] ?? TYPE_SCALES.at(-1)!;
  const pages = paginate(rowsAt(group, scale), scale);
  const extras = pages.length === 1 ? tilesAt(scale) : [];
  return pages.map((page, i) => ({
    extras,
    key: `projects:${group.focus}${pages.length > 1 ? `:${i + 1}` : ''}`,
    title: `${group.name} · ${group.projects.length} 项${pages.length > 1 ? `（${i + 1}/${pages.length}）` : ''}`,
    projectIds: page.map((r) => r.project.id),
    table: {
      kind: 'table',
      x: MARGIN_X,
      y: CONTENT_TOP,
      colW: PROJECT_COLUMNS.map((c) => c.w),
      rows: [headerRow(scale), ...page.map((r) => r.row)],
      borderColour: COLOURS.line,
    },
  }));
}
