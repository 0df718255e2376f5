import { useSyncExternalStore } from 'react';
import { useReducedMotion } from './use-reduced-motion';

// True between the browser's beforeprint and afterprint. Charts then draw without animation: the browser captures
// the page right after beforeprint, so a colour change that animated would be printed half done.
let printing = false;
const listeners = new Set<() => void>();

/** Marks the page as printing (or done); charts re-render without animation while it lasts. */
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
function usePrinting(): boolean {
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
