// A shaded table (the level × category heatmap) as a native table whose cells are shaded as on the dashboard, the
// chosen cells framed as there, with the shades' legend under it.
import type { ShadedTableSpec } from '../../../charts/deck-spec';
import type { CellBorder, DeckElement, TableCell } from './deck-types';
import { COLOURS, CONTENT_W, MARGIN_X, noteAndBody, text } from './slide-frame';
import { linesHeight } from './slide-text';

const CELL_SIZE = 24;
const HEAD_SIZE = 16;
const ROW_HEAD_W = 1.6;
const HEAD_ROW_H = linesHeight(2, HEAD_SIZE) + 0.1;
const CELL_ROW_H = 1.05;
const LEGEND_SIZE = 12;

/** The white gap between cells, and the dark frame of a chosen cell (the dashboard's 2 px and 3 px). */
const GAP: CellBorder = { colour: COLOURS.white, pt: 1 };
const FRAME: CellBorder = { colour: COLOURS.text, pt: 3 };
/** What the note adds once something is chosen. */
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

const head = (label: string): TableCell => ({
  runs: [{ text: label }],
  fontSize: HEAD_SIZE,
  colour: COLOURS.text,
  bold: true,
  align: 'center',
  valign: 'middle',
  fill: COLOURS.band,
});

/** The table under the chart's note, and the legend of its shades under the table. */
export function shadedTableBody(chartNote: string, spec: ShadedTableSpec): DeckElement[] {
  const anyChosen = spec.rows.some((row) => row.cells.some((c) => c.chosen));
  const { note, body } = noteAndBody(`${chartNote}${anyChosen ? FRAME_NOTE : ''}`);
  const colW = [ROW_HEAD_W, ...spec.columns.map(() => (CONTENT_W - ROW_HEAD_W) / spec.columns.length)];
  const grid: TableCell[][] = [
    [head(spec.corner), ...spec.columns.map(head)],
    ...spec.rows.map((row) => [
      head(row.label),
      ...row.cells.map((cell): TableCell => ({
        runs: [{ text: String(cell.count) }],
        fontSize: CELL_SIZE,
        colour: cell.colour,
        bold: true,
        align: 'center',
        valign: 'middle',
        fill: cell.fill,
      })),
    ]),
  ];
  const chosen = [
    grid[0]!.map(() => false),
    ...spec.rows.map((row) => [false, ...row.cells.map((c) => c.chosen)]),
  ];
  const framed = anyChosen ? borders(chosen) : null;
  const rows = grid.map((row, r) => ({
    h: r === 0 ? HEAD_ROW_H : CELL_ROW_H,
    cells: row.map((c, i) => (framed ? { ...c, border: framed[r]![i]! } : c)),
  }));
  const tableH = HEAD_ROW_H + spec.rows.length * CELL_ROW_H;
  const legendY = body.y + tableH + 0.3;
  const swatch = 0.3;
  const legend = spec.legend.flatMap(({ label, fill }, i): DeckElement[] => {
    const x = MARGIN_X + 1.1 + i * 1.3;
    return [
      { kind: 'rect', box: { x, y: legendY + 0.02, w: swatch, h: swatch }, fill },
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
