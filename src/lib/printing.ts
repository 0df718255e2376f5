import { useSyncExternalStore } from 'react';
import { useReducedMotion } from './use-reduced-motion';

// True from the moment the page is laid out for paper (Ctrl+P once the statistics are there, or the browser's
// beforeprint) until the browser's afterprint. Paper copies of the charts exist only then, and the charts on
// screen stand still: the browser captures the page right after beforeprint.
let printing = false;
const listeners = new Set<() => void>();

/** Marks the page as printing (or done). */
export function setPrinting(value: boolean): void {
  if (printing === value) return;
  printing = value;
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** Whether the page is being printed. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

/** Charts draw without animation: for reduced motion, and while printing (the browser captures the page at once). */
export function useStillCharts(): boolean {
  const reducedMotion = useReducedMotion();
  const printing = usePrinting();
  return reducedMotion || printing;
}

/**
 * Width (CSS px) a statistics chart is drawn at for paper: half of A4 landscape's 273 mm text width (print.css:
 * 297 mm less 12 mm margins) less the 3 mm gap and the panel's padding, 128.5 mm at 96 px per inch.
 */
export const PAPER_CHART_WIDTH = 485;

/** Base font size (CSS px) of the statistics on paper, about 8 pt: the size of a chart's labels in print. */
export const PAPER_CHART_FONT = 11;
