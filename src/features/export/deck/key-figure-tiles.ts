// Where a region's projects leave half a slide empty, their key figures fill it in large type, the way a
// briefing shows its numbers. Only when every figure of the group fits in one row: none is left out.
import type { Project } from '../../../data';
import type { DeckElement, TextRun } from './deck-types';
import { COLOURS, CONTENT_W, MARGIN_X, text } from './slide-frame';
import { linesHeight, MIN_TEXT_SIZE, runsLines, textLines } from './slide-text';

const MAX_TILES = 6;
const GAP = 0.2;
const LABEL_SIZE = 12;
const CAPTION_SIZE = 12;
/** Value sizes to try, largest first; the unit is set at half the value's size. */
const VALUE_SIZES = [32, 28, 24, 20, 17, 16] as const;
/** Tiles are never wider than a quarter of the row: one figure alone is a tile, not a banner. */
const MIN_COLUMNS = 4;

interface Figure {
  readonly value: string;
  readonly unit: string;
  readonly label: string;
}

function figuresOf(projects: readonly Project[]): Figure[] {
  return projects.flatMap((p) =>
    p.highlights.map((h) => ({
      value: h.value.toLocaleString('zh-CN'),
      unit: h.unit,
      label: `${h.label}（№${p.id}）`,
    })),
  );
}

/** Joins a figure to its unit: a space no office suite breaks a line at. */
const NO_BREAK_SPACE = '\u00a0';

/**
 * The value in large type, its unit at half the size after it (never below the deck's smallest type), joined by
 * a no-break space; the box is set not to wrap, so 「44 个」 and 「700 余件」 stay on one line.
 */
const valueRuns = (f: Figure, size: number): TextRun[] => [
  { text: f.value, bold: true },
  {
    text: `${NO_BREAK_SPACE}${f.unit}`,
    fontSize: Math.max(MIN_TEXT_SIZE, Math.round(size / 2)),
    colour: COLOURS.text,
  },
];

const fitsOneLine = (f: Figure, size: number, width: number) =>
  runsLines(valueRuns(f, size), size, width) === 1;

/**
 * The tiles for a group's key figures in the room between `top` and `bottom`, `width` inches from the left
 * margin, or none if they do not fit.
 */
export function keyFigureTiles(
  projects: readonly Project[],
  top: number,
  bottom: number,
  width = CONTENT_W,
): DeckElement[] {
  const figures = figuresOf(projects);
  if (figures.length === 0 || figures.length > MAX_TILES) return [];
  const columns = Math.max(MIN_COLUMNS, figures.length);
  const w = (width - GAP * (columns - 1)) / columns;
  const size = VALUE_SIZES.find((s) => figures.every((f) => fitsOneLine(f, s, w)));
  if (size === undefined) return [];
  const labelLines = Math.max(...figures.map((f) => textLines(f.label, LABEL_SIZE, w).length));
  const captionH = linesHeight(1, CAPTION_SIZE);
  const valueH = linesHeight(1, size);
  const labelH = linesHeight(labelLines, LABEL_SIZE);
  const tileH = valueH + labelH + 0.2;
  const y = top + 0.35;
  if (y + captionH + tileH > bottom) return [];
  const elements: DeckElement[] = [
    text({ x: MARGIN_X, y, w: width, h: captionH }, '关键数字', {
      fontSize: CAPTION_SIZE,
      colour: COLOURS.muted,
      bold: true,
    }),
  ];
  figures.forEach((f, i) => {
    const x = MARGIN_X + i * (w + GAP);
    const tileY = y + captionH + 0.05;
    elements.push(
      { kind: 'rect', box: { x, y: tileY, w, h: tileH }, fill: COLOURS.accentSoft },
      {
        kind: 'text',
        box: { x, y: tileY + 0.1, w, h: valueH },
        runs: valueRuns(f, size),
        fontSize: size,
        colour: COLOURS.accent,
        noWrap: true,
      },
      text({ x, y: tileY + 0.1 + valueH, w, h: labelH }, f.label, {
        fontSize: LABEL_SIZE,
        colour: COLOURS.muted,
      }),
    );
  });
  return elements;
}
