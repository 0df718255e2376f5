// Level × category as a native table whose cells are shaded like the dashboard's heatmap, the chosen cells
// framed as there.
import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS } from '../../../data';
import type { Project } from '../../../data';
import { LIGHT_THEME } from '../../../lib/theme';
import { fillFor, labelColorOn } from '../../../state/chart-colours';
import { countByLevelAndCategory } from '../../../state/chart-data';
import type { StatChart } from '../../../state/chart-list';
import type { Filters } from '../../../state/filters';
import type { CellBorder, DeckElement, TableCell } from './deck-types';
import { COLOURS, CONTENT_W, MARGIN_X, noteAndBody, text } from './slide-frame';
import { linesHeight } from './slide-text';

const theme = LIGHT_THEME;
const CELL_SIZE = 24;
const HEAD_SIZE = 16;
const LEVEL_COL_W = 1.6;
const HEAD_ROW_H = linesHeight(2, HEAD_SIZE) + 0.1;
const CELL_ROW_H = 1.05;
const LEGEND_SIZE = 12;

/** The white gap between cells, and the dark frame of a chosen cell (the dashboard's 2 px and 3 px). */
const GAP: CellBorder = { colour: COLOURS.white, pt: 1 };
const FRAME: CellBorder = { colour: COLOURS.text, pt: 3 };
/** What the note adds once level or category is filtered. */
export const FRAME_NOTE = '；所选的格加深色框';

/**
 * Each cell's border, top, right, bottom, left: framed where it or the cell across that side is chosen. Both
 * cells of an edge say the same, so no office suite has to choose between them.
 */
function borders(
  chosen: readonly (readonly boolean[])[],
): (readonly [CellBorder, CellBorder, CellBorder, CellBorder])[][] {
  const at = (r: number, c: number) => chosen[r]?.[c] ?? false;
  const side = (r: number, c: number, dr: number, dc: number) =>
    at(r, c) || at(r + dr, c + dc) ? FRAME : GAP;
  return chosen.map((row, r) =>
    row.map((_, c) => [side(r, c, -1, 0), side(r, c, 0, 1), side(r, c, 1, 0), side(r, c, 0, -1)] as const),
  );
}

export function levelCategorySlide(
  projects: readonly Project[],
  filters: Filters,
  info: StatChart,
): DeckElement[] {
  const cells = countByLevelAndCategory(projects, filters);
  const cell = (level: string, category: string) =>
    cells.find((c) => c.level === level && c.category === category);
  const anySelected = cells.some((c) => c.selected);
  const { note, body } = noteAndBody(`${info.note}${anySelected ? FRAME_NOTE : ''}`);
  const colW = [LEVEL_COL_W, ...CATEGORY_KEYS.map(() => (CONTENT_W - LEVEL_COL_W) / CATEGORY_KEYS.length)];
  const head = (label: string): TableCell => ({
    runs: [{ text: label }],
    fontSize: HEAD_SIZE,
    colour: COLOURS.text,
    bold: true,
    align: 'center',
    valign: 'middle',
    fill: COLOURS.band,
  });
  const count = (level: string, category: string): TableCell => {
    const n = cell(level, category)?.count ?? 0;
    const fill = fillFor(n, theme);
    return {
      runs: [{ text: String(n) }],
      fontSize: CELL_SIZE,
      colour: labelColorOn(fill, theme),
      bold: true,
      align: 'center',
      valign: 'middle',
      fill,
    };
  };
  const grid: TableCell[][] = [
    [head('层级 \\ 类别'), ...CATEGORY_KEYS.map((k) => head(CATEGORY_LABELS[k]))],
    ...LEVEL_KEYS.map((level) => [head(LEVEL_LABELS[level]), ...CATEGORY_KEYS.map((k) => count(level, k))]),
  ];
  const chosen = [
    grid[0]!.map(() => false),
    ...LEVEL_KEYS.map((level) => [false, ...CATEGORY_KEYS.map((k) => cell(level, k)?.selected ?? false)]),
  ];
  const framed = anySelected ? borders(chosen) : null;
  const rows = grid.map((row, r) => ({
    h: r === 0 ? HEAD_ROW_H : CELL_ROW_H,
    cells: row.map((c, i) => (framed ? { ...c, border: framed[r]![i]! } : c)),
  }));
  const tableH = HEAD_ROW_H + LEVEL_KEYS.length * CELL_ROW_H;
  const legendY = body.y + tableH + 0.3;
  const swatch = 0.3;
  const steps = [0, 1, 2, 3, 4].map((n) => ({ n, label: n === 4 ? '≥4 项' : `${n} 项` }));
  const legend = steps.flatMap(({ n, label }, i): DeckElement[] => {
    const x = MARGIN_X + 1.1 + i * 1.3;
    return [
      { kind: 'rect', box: { x, y: legendY + 0.02, w: swatch, h: swatch }, fill: fillFor(n, theme) },
      text({ x: x + swatch + 0.05, y: legendY, w: 0.9, h: linesHeight(1, LEGEND_SIZE) }, label, {
        fontSize: LEGEND_SIZE,
        colour: COLOURS.text,
      }),
    ];
  });
  return [
    note,
    { kind: 'table', x: body.x, y: body.y, colW, rows, borderColour: COLOURS.white },
    text({ x: MARGIN_X, y: legendY, w: 1.0, h: linesHeight(1, LEGEND_SIZE) }, '颜色：', {
      fontSize: LEGEND_SIZE,
      colour: COLOURS.muted,
    }),
    ...legend,
  ];
}
