// Paper's sizes. Whether the page is being printed is the store's (`printing`, src/state/store.ts).

/**
 * Width (CSS px) a statistics chart is drawn at for paper: half of A4 landscape's 273 mm text width (print.css:
 * 297 mm less 12 mm margins) less the 3 mm gap and the panel's padding, 128.5 mm at 96 px per inch.
 */
export const PAPER_CHART_WIDTH = 485;

/** Base font size (CSS px) of the statistics on paper, about 8 pt: the size of a chart's labels in print. */
export const PAPER_CHART_FONT = 11;
