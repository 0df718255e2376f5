// The briefing deck as plain data: slides of positioned elements, in inches on a 16:9 slide. The pptxgenjs
// adapter (write-pptx.ts) only copies these onto slides, so every layout decision is here, testable without it.

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
}

/** A filled rectangle (title bar, band, swatch). */
export interface RectElement {
  readonly kind: 'rect';
  readonly box: Box;
  readonly fill: string;
}

/** A picture rendered at export time, e.g. the live map; `box` keeps the picture's aspect ratio. */
export interface ImageElement {
  readonly kind: 'image';
  readonly box: Box;
  readonly slot: 'map';
  readonly altText: string;
}

/** One cell of a native table. */
export interface TableCell extends TextStyle {
  readonly runs: readonly TextRun[];
  readonly fill?: string;
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
  readonly stacked: boolean;
  /** Category labels, in the order they read (top to bottom for bars, left to right for columns). */
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  /** One colour per series; with a single series, one per category. */
  readonly colours: readonly string[];
  readonly showLegend: boolean;
  /** The value axis' tick step: whole numbers, few enough to read. */
  readonly valueStep: number;
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
}

/** The whole deck: its title (file metadata) and slides. */
export interface Deck {
  readonly title: string;
  readonly slides: readonly DeckSlide[];
}
