// Waiting for a chart to be on screen, through the store's drawnCharts (EChart reports there, see main.tsx).
import { useDashboard } from './store';

type Store = typeof useDashboard;

/** Resolves once a chart of this name has drawn (at once if it has). */
export function whenChartDrawn(name: string, store: Store = useDashboard): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().drawnCharts.has(name)) return resolve();
    const stop = store.subscribe((state) => {
      if (!state.drawnCharts.has(name)) return;
      stop();
      resolve();
    });
  });
}

/**
 * Calls `then` in the animation frame after the one in which the chart of this name drew (a chart reports in the
 * frame that draws it): the first moment its picture is on screen. Returns the way to cancel.
 */
export function afterChartDrawn(name: string, then: () => void, store: Store = useDashboard): () => void {
  let live = true;
  let frame = 0;
  void whenChartDrawn(name, store).then(() => {
    if (live) frame = requestAnimationFrame(then);
  });
  return () => {
    live = false;
    cancelAnimationFrame(frame);
  };
}
