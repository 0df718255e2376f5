// Where everything goes in an exported image, in CSS pixels, as pure data: the canvas and SVG renderers
// only paint it. One chart gets a frame (title, note, caption, chart, source); the whole dashboard gets the
// same header and footer around several charts in two columns.

/** A line of text; y is its baseline. */
export interface LayoutText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly muted: boolean;
}

/** The box a chart is rendered into. */
export interface LayoutSlot {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An exported image: its size, its text lines and its chart boxes. */
export interface ImageLayout {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly LayoutText[];
  readonly slots: readonly LayoutSlot[];
}

/** The words every exported image carries. */
export interface ImageWords {
  readonly title: string;
  /** What the chart counts, when that needs saying. */
  readonly note?: string;
  /** The active filters, e.g. 「筛选：类别=监督；层级=县级」. */
  readonly caption: string;
  /** 「来源：……」 */
  readonly source: string;
}

const LINE_HEIGHT = 1.4;

// Coordinates to a tenth of a pixel keep the SVG short and stable.
const round = (n: number) => Math.round(n * 10) / 10;

/** Rough text width without a canvas: CJK and full-width characters 1 em, others 0.6 em (errs wide). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\uffef]/u.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

/** Breaks text into lines no wider than maxWidth (by character: Chinese has no spaces to break at). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && estimateTextWidth(line + ch, fontSize) > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Stacks wrapped paragraphs from top; returns the lines and the y below them. */
function stack(
  paragraphs: readonly { text: string; fontSize: number; bold?: boolean; muted?: boolean; gap?: number }[],
  x: number,
  top: number,
  maxWidth: number,
): { texts: LayoutText[]; bottom: number } {
  const texts: LayoutText[] = [];
  let y = top;
  for (const p of paragraphs) {
    y += p.gap ?? 0;
    for (const line of wrapText(p.text, p.fontSize, maxWidth)) {
      const lineHeight = p.fontSize * LINE_HEIGHT;
      // Baseline at about 80 % of the line box keeps CJK glyphs inside it.
      texts.push({
        text: line,
        x,
        y: round(y + lineHeight * 0.8),
        fontSize: p.fontSize,
        bold: !!p.bold,
        muted: !!p.muted,
      });
      y += lineHeight;
    }
  }
  return { texts, bottom: y };
}

const PAD = 24;
const MIN_WIDTH = 560;

/** One chart in a frame: title, note and caption above it, the source line below. */
export function layoutChartImage(words: ImageWords, chartWidth: number, chartHeight: number): ImageLayout {
  const width = Math.max(MIN_WIDTH, Math.round(chartWidth) + 2 * PAD);
  const textWidth = width - 2 * PAD;
  const head = stack(
    [
      { text: words.title, fontSize: 22, bold: true },
      ...(words.note ? [{ text: words.note, fontSize: 14, muted: true, gap: 2 }] : []),
      { text: words.caption, fontSize: 15, gap: 4 },
    ],
    PAD,
    PAD - 4,
    textWidth,
  );
  const chartTop = Math.ceil(head.bottom + 12);
  const slot = {
    name: 'chart',
    x: Math.round((width - chartWidth) / 2),
    y: chartTop,
    width: chartWidth,
    height: chartHeight,
  };
  const foot = stack(
    [{ text: words.source, fontSize: 13, muted: true }],
    PAD,
    chartTop + chartHeight + 10,
    textWidth,
  );
  return {
    width,
    height: Math.ceil(foot.bottom + PAD - 6),
    texts: [...head.texts, ...foot.texts],
    slots: [slot],
  };
}

/** A panel of the whole-dashboard image: which chart, its heading and its height. */
export interface DashboardPanel {
  readonly name: string;
  readonly heading: string;
  /** What the chart counts, beside the heading (cut to one line). */
  readonly note?: string;
  readonly height: number;
}

const DASHBOARD_WIDTH = 1920;
const DASHBOARD_PAD = 40;
const COLUMN_GAP = 32;
const PANEL_GAP = 28;
/** The caption under the dashboard's title, and each panel's heading. */
const CAPTION_SIZE = 19;
const HEADING_SIZE = 19;
const NOTE_SIZE = 14;

/** The whole dashboard: header, then the panels in two columns (each goes to the shorter one), then the source. */
export function layoutDashboardImage(words: ImageWords, panels: readonly DashboardPanel[]): ImageLayout {
  const textWidth = DASHBOARD_WIDTH - 2 * DASHBOARD_PAD;
  const head = stack(
    [
      { text: words.title, fontSize: 30, bold: true },
      { text: words.caption, fontSize: CAPTION_SIZE, gap: 6 },
    ],
    DASHBOARD_PAD,
    DASHBOARD_PAD - 8,
    textWidth,
  );
  const columnWidth = (textWidth - COLUMN_GAP) / 2;
  const top = Math.ceil(head.bottom + 20);
  const columnBottoms = [top, top];
  const texts: LayoutText[] = [...head.texts];
  const slots: LayoutSlot[] = [];
  for (const panel of panels) {
    const column = columnBottoms[1]! < columnBottoms[0]! ? 1 : 0;
    const x = DASHBOARD_PAD + column * (columnWidth + COLUMN_GAP);
    const y = columnBottoms[column]!;
    const headingHeight = HEADING_SIZE * LINE_HEIGHT;
    texts.push({
      text: panel.heading,
      x,
      y: round(y + headingHeight * 0.8),
      fontSize: HEADING_SIZE,
      bold: true,
      muted: false,
    });
    if (panel.note) {
      const noteX = x + estimateTextWidth(panel.heading, HEADING_SIZE) + 12;
      const [note = ''] = wrapText(panel.note, NOTE_SIZE, x + columnWidth - noteX);
      texts.push({
        text: note,
        x: noteX,
        y: round(y + headingHeight * 0.8),
        fontSize: NOTE_SIZE,
        bold: false,
        muted: true,
      });
    }
    slots.push({ name: panel.name, x, y: y + headingHeight + 6, width: columnWidth, height: panel.height });
    columnBottoms[column] = y + headingHeight + 6 + panel.height + PANEL_GAP;
  }
  const bodyBottom = Math.max(...columnBottoms) - PANEL_GAP;
  const foot = stack(
    [{ text: words.source, fontSize: 15, muted: true }],
    DASHBOARD_PAD,
    bodyBottom + 16,
    textWidth,
  );
  return {
    width: DASHBOARD_WIDTH,
    height: Math.ceil(foot.bottom + DASHBOARD_PAD - 10),
    texts: [...texts, ...foot.texts],
    slots,
  };
}
