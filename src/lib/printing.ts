// Paper's sizes, in CSS px at 96 per inch: what is drawn at these sizes prints at them, so 11 px is 8.25 pt.
// Whether the page is being printed is the store's (`printing`, src/state/store.ts).

/** The text width of A4 landscape (print.css: 297 mm less two 12 mm margins, 273 mm). */
export const PAPER_TEXT_WIDTH = 1032;

/**
 * The map on page 1, drawn for the page: the text width, and the height the title, the filters and the key
 * figures leave of the page's 190 mm. Its names are 13 px (9.75 pt) and the pins' 11 px (8.25 pt).
 */
export const PAPER_MAP_FRAME = { width: PAPER_TEXT_WIDTH, height: 560, fontSize: 13 } as const;

/**
 * Width a statistics chart is drawn at for paper: half the text width less the 4 mm gap between two charts,
 * 134.5 mm.
 */
export const PAPER_CHART_WIDTH = 508;

/** Base font size of the statistics on paper, about 8 pt: the size of a chart's labels in print. */
export const PAPER_CHART_FONT = 11;
