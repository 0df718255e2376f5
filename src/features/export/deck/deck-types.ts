// The briefing deck as plain data: slides of positioned elements, in inches on a 16:9 slide. The pptxgenjs
// adapter (write-pptx.ts) only copies these onto slides, so every layout decision is here, testable without it.
import type { ChartSeries } from '../../../charts/deck-spec';

/** A box on the slide, in inches from the top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A piece of text with its own look inside a paragraph. */
export interface TextRun {
  readonly text: string;
  readonly colour?: string;
  readonly bold?: boolean;
  /** Points, when smaller than the element's own size (the element's size is the largest in it). */
  readonly fontSize?: number;
  /** Starts a new paragraph after this run. */
  readonly breakAfter?: boolean;
}

/** How a text box or cell sets its text. */
export interface TextStyle {
  /** Points. */
  readonly fontSize: number;
  readonly colour: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly valign?: 'top' | 'middle' | 'bottom';
}

/** A text box; `runs` wrap inside `box`, which the builder made tall enough for them. */
export interface TextElement extends TextStyle {
  readonly kind: 'text';
  readonly box: Box;
  readonly runs: readonly TextRun[];
  readonly fill?: string;
  /** Set on one line that never wraps (a figure and its unit); the builder made the box wide enough for it. */
  readonly noWrap?: boolean;
}

/** A filled rectangle (title bar, band, swatch). */
export interface RectElement {
  readonly kind: 'rect';
  readonly box: Box;
  readonly fill: string;
}

/**
 * Where a picture rendered at export time goes: the live map, or a locator map of the province with these
 * prefectures (codes joined by '+') highlighted.
 */
export type ImageSlot = 'map' | `locator:${string}`;

/** A picture rendered at export time; `box` keeps the picture's aspect ratio. */
export interface ImageElement {
  readonly kind: 'image';
  readonly box: Box;
  readonly slot: ImageSlot;
  readonly altText: string;
}

/** One side of a table cell's border. */
export interface CellBorder {
  readonly colour: string;
  /** Points. */
  readonly pt: number;
}

/** One cell of a native table. */
export interface TableCell extends TextStyle {
  readonly runs: readonly TextRun[];
  readonly fill?: string;
  /** Its own border (top, right, bottom, left), where it differs from the table's. */
  readonly border?: readonly [CellBorder, CellBorder, CellBorder, CellBorder];
  /** Columns it spans (a row of one such cell crosses the table). */
  readonly colspan?: number;
}

/** A native table; each row's height is what its tallest cell needs. */
export interface TableElement {
  readonly kind: 'table';
  readonly x: number;
  readonly y: number;
  readonly colW: readonly number[];
  readonly rows: readonly { readonly h: number; readonly cells: readonly TableCell[] }[];
  readonly borderColour: string;
}

/** A native (editable) bar or column chart. */
export interface ChartElement {
  readonly kind: 'chart';
  readonly box: Box;
  /** Horizontal bars ('bar') or vertical columns ('column'). */
  readonly direction: 'bar' | 'column';
  /** Series stack end to end (the first from the axis), or stand side by side. */
  readonly stacked: boolean;
  /** What the categories are, the header of the chart data's first column: 类别, 层级, 地区. */
  readonly categoryTitle: string;
  /** Category labels, in the order they read (top to bottom for bars, left to right for columns). */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Where value labels sit: past the bar's end, or at the start of a stacked series (a total drawn without bars). */
  readonly labelPosition: 'outEnd' | 'inBase';
  /** The value axis' tick step: whole numbers, few enough to read. */
  readonly valueStep: number;
  /** The value axis' end, when the office suite must not choose it (a stacked total would double it). */
  readonly valueMax?: number;
  /** Points, for axis labels, data labels and legend. */
  readonly fontSize: number;
  readonly textColour: string;
  readonly gridColour: string;
  readonly altText: string;
}

export type DeckElement = TextElement | RectElement | ImageElement | TableElement | ChartElement;

/** One slide: its elements, painted in order, over a background colour. */
export interface DeckSlide {
  /** What the slide is, for tests and the file's notes: 'title', 'map', 'chart:level', 'projects:410100' … */
  readonly key: string;
  readonly background: string;
  readonly elements: readonly DeckElement[];
  /** What the presenter reads in the presenter view (PowerPoint's notes), if anything. */
  readonly notes?: string;
}

/** The whole deck: its file properties and slides. */
export interface Deck {
  /** The file's title: the dashboard's name and 工作汇报. */
  readonly title: string;
  /** The file's subject: the filters and what they leave (the slides' caption). */
  readonly subject: string;
  /** The file's author: the dashboard. */
  readonly author: string;
  readonly slides: readonly DeckSlide[];
}
