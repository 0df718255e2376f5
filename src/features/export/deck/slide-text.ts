// How much room text needs on a slide, estimated without a renderer. The deck is laid out before PowerPoint,
// WPS or LibreOffice sees it, each with its own fonts, so every estimate errs on the large side: a box a little
// too tall looks fine, text running out of its box does not.
import { estimateTextWidth, wrapText } from '../image-layout';

/** Points per inch: slide geometry is in inches, type sizes in points. */
export const PT_PER_INCH = 72;

/**
 * Line height as a multiple of the font size. Microsoft YaHei sets lines at about 1.32 em and Noto Sans CJK (what
 * LibreOffice substitutes on Linux) at about 1.45 em; 1.5 covers both.
 */
export const LINE_HEIGHT = 1.5;

/** No text on a slide is set smaller (points): below it a projected slide cannot be read from the back. */
export const MIN_TEXT_SIZE = 10;

/** Inner margins of every text box and table cell, in inches. */
export const INSET_X = 0.08;
export const INSET_Y = 0.05;

/**
 * The lines text breaks into in a box `width` inches wide (insets included). One em of the width is held back:
 * line-breaking rules keep closing punctuation off a line's start and Latin words whole, so real lines end
 * earlier than a character count says.
 */
export function textLines(text: string, fontSize: number, width: number): string[] {
  const room = (width - 2 * INSET_X) * PT_PER_INCH - fontSize;
  return text
    .split('\n')
    .flatMap((paragraph) => (paragraph === '' ? [''] : wrapText(paragraph, fontSize, room)));
}

/** The height (inches) of a box that holds this many lines at this size, insets included. */
export function linesHeight(lines: number, fontSize: number): number {
  return (lines * fontSize * LINE_HEIGHT) / PT_PER_INCH + 2 * INSET_Y;
}

/** The height (inches) text needs in a box `width` inches wide. */
export function textHeight(text: string, fontSize: number, width: number): number {
  return linesHeight(textLines(text, fontSize, width).length, fontSize);
}

/** The text cut to fit `maxLines` lines (ending in …), or as is when it fits. */
export function clampLines(text: string, fontSize: number, width: number, maxLines: number): string {
  const lines = textLines(text, fontSize, width);
  if (lines.length <= maxLines) return text;
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, last.length - 1)).join('')}…`;
  return kept.join('');
}

/** A run of text at its own size (points), or at the box's size when none is given. */
interface SizedRun {
  readonly text: string;
  readonly fontSize?: number;
  readonly breakAfter?: boolean;
}

/** Lines that runs of mixed sizes take in a box `width` inches wide, set at `fontSize` unless a run says otherwise. */
export function runsLines(runs: readonly SizedRun[], fontSize: number, width: number): number {
  const paragraphs: SizedRun[][] = [[]];
  for (const run of runs) {
    paragraphs.at(-1)!.push(run);
    if (run.breakAfter) paragraphs.push([]);
  }
  const room = (width - 2 * INSET_X) * PT_PER_INCH - fontSize;
  return paragraphs.reduce((sum, paragraph) => {
    if (paragraph.every((r) => r.fontSize === undefined)) {
      return sum + textLines(paragraph.map((r) => r.text).join(''), fontSize, width).length;
    }
    const ems = paragraph.reduce((w, r) => w + estimateTextWidth(r.text, r.fontSize ?? fontSize), 0);
    return sum + Math.max(1, Math.ceil(ems / room));
  }, 0);
}

/** The height (inches) runs need in a box `width` inches wide, lines set at the largest size. */
export function runsHeight(runs: readonly SizedRun[], fontSize: number, width: number): number {
  return linesHeight(runsLines(runs, fontSize, width), fontSize);
}

/**
 * Names after a lead-in (「红色：」), broken only between names: each line as many whole names as fit in a box
 * `width` inches wide, so a name is never split and no line holds one stray character (「市」).
 */
export function wholeNameLines(
  lead: string,
  names: readonly string[],
  separator: string,
  fontSize: number,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = lead;
  for (const [i, name] of names.entries()) {
    const longer = i === 0 ? `${line}${name}` : `${line}${separator}${name}`;
    if (i === 0 || textLines(longer, fontSize, width).length === 1) line = longer;
    else {
      lines.push(`${line}${separator}`);
      line = name;
    }
  }
  return [...lines, line];
}
