// The frame every content slide shares: a red title bar, a footer with the filters, the source and the page.
import { LIGHT_THEME } from '../../../lib/theme';
import type { Box, DeckElement, TextElement } from './deck-types';
import { clampLines, linesHeight, MIN_TEXT_SIZE, textHeight } from './slide-text';

/** A 16:9 slide, in inches (PowerPoint's "Widescreen"). */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
/** Left and right margin of every slide. */
export const MARGIN_X = 0.5;
/** Width between the margins. */
export const CONTENT_W = SLIDE_W - 2 * MARGIN_X;

const BAR_H = 0.95;
const TITLE_SIZE = 24;
const FOOTER_SIZE = MIN_TEXT_SIZE;
const FOOTER_Y = 7.0;

/** Where content goes between title bar and footer. */
export const CONTENT_TOP = BAR_H + 0.25;
export const CONTENT_BOTTOM = FOOTER_Y - 0.15;

/** The deck's colours: the dashboard's light theme (slides are projected on white). */
export const COLOURS = {
  accent: LIGHT_THEME.accent,
  text: LIGHT_THEME.text,
  muted: LIGHT_THEME.textMuted,
  white: '#ffffff',
  line: '#dfe2e7',
  band: '#f4f5f7',
  accentSoft: '#fbe9e7',
} as const;

/** A single text box. */
export function text(
  box: Box,
  value: string,
  style: Omit<TextElement, 'kind' | 'box' | 'runs'>,
): TextElement {
  return { kind: 'text', box, runs: [{ text: value }], ...style };
}

/** What the footer says on every content slide. */
export interface FooterWords {
  /** 「筛选：层级=县级（符合 6 / 35 项）」 */
  readonly caption: string;
  /** 「来源：……」 */
  readonly source: string;
}

const FOOTER_RIGHT_W = 4.6;
const PAGE_W = 0.9;

/** Title bar and footer around a content slide (page numbers are added once the deck is complete). */
export function frame(title: string, footer: FooterWords): DeckElement[] {
  const captionW = CONTENT_W - FOOTER_RIGHT_W - 0.2;
  const footerH = linesHeight(1, FOOTER_SIZE);
  return [
    { kind: 'rect', box: { x: 0, y: 0, w: SLIDE_W, h: BAR_H }, fill: COLOURS.accent },
    text(
      {
        x: MARGIN_X,
        y: (BAR_H - linesHeight(1, TITLE_SIZE)) / 2,
        w: CONTENT_W,
        h: linesHeight(1, TITLE_SIZE),
      },
      clampLines(title, TITLE_SIZE, CONTENT_W, 1),
      {
        fontSize: TITLE_SIZE,
        colour: COLOURS.white,
        bold: true,
        valign: 'middle',
      },
    ),
    { kind: 'rect', box: { x: MARGIN_X, y: FOOTER_Y - 0.06, w: CONTENT_W, h: 0.01 }, fill: COLOURS.line },
    text(
      { x: MARGIN_X, y: FOOTER_Y, w: captionW, h: footerH },
      clampLines(footer.caption, FOOTER_SIZE, captionW, 1),
      {
        fontSize: FOOTER_SIZE,
        colour: COLOURS.muted,
      },
    ),
    text(
      { x: SLIDE_W - MARGIN_X - FOOTER_RIGHT_W, y: FOOTER_Y, w: FOOTER_RIGHT_W - PAGE_W, h: footerH },
      clampLines(footer.source, FOOTER_SIZE, FOOTER_RIGHT_W - PAGE_W, 1),
      { fontSize: FOOTER_SIZE, colour: COLOURS.muted, align: 'right' },
    ),
  ];
}

/** The page number in the footer's right corner: 「3 / 28」. */
export function pageNumber(page: number, pages: number): TextElement {
  return text(
    { x: SLIDE_W - MARGIN_X - PAGE_W, y: FOOTER_Y, w: PAGE_W, h: linesHeight(1, FOOTER_SIZE) },
    `${page} / ${pages}`,
    { fontSize: FOOTER_SIZE, colour: COLOURS.muted, align: 'right' },
  );
}

const NOTE_SIZE = 14;

/** A note under the title bar (what a chart counts), and the box left below it. */
export function noteAndBody(note: string): { note: DeckElement; body: Box } {
  const h = textHeight(note, NOTE_SIZE, CONTENT_W);
  const top = CONTENT_TOP + h + 0.1;
  return {
    note: text({ x: MARGIN_X, y: CONTENT_TOP, w: CONTENT_W, h }, note, {
      fontSize: NOTE_SIZE,
      colour: COLOURS.muted,
    }),
    body: { x: MARGIN_X, y: top, w: CONTENT_W, h: CONTENT_BOTTOM - top },
  };
}
