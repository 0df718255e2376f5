import type { echarts } from './echarts';

type ChartInstance = ReturnType<typeof echarts.init>;

declare global {
  interface Window {
    /**
     * Live chart instances by name, for automation (browser tests, the bench, screenshots): only in builds made
     * with VITE_TEST_HOOKS=1.
     */
    __charts?: Map<string, ChartInstance>;
  }
}

/** The registry the app reads. */
const charts = new Map<string, ChartInstance>();
// Builds made for automation show it to the browser tests and screen-capture tools as window.__charts; nothing in
// the app reads that hook. The flag is a build-time constant, so a production build carries neither the line nor
// the name.
if (import.meta.env.VITE_TEST_HOOKS === '1' && typeof window !== 'undefined') window.__charts = charts;

/** Checks that re-run whenever a chart is registered or fails, until the one they wait for settles. */
const watchers = new Set<() => void>();

/** Runs `settled` now and after every change, until it returns true. */
function watch(settled: () => boolean): void {
  if (settled()) return;
  const check = () => {
    if (settled()) watchers.delete(check);
  };
  watchers.add(check);
}

function changed(): void {
  for (const check of [...watchers]) check();
}

/** Records a live chart under a stable name (one per name; a re-mounted chart replaces its predecessor). */
export function registerChart(name: string, chart: ChartInstance): void {
  charts.set(name, chart);
  changed();
}

/** Resolves once a chart of this name exists (at once if it already does). */
export function whenChartRegistered(name: string): Promise<void> {
  return new Promise((resolve) =>
    watch(() => {
      if (!charts.has(name)) return false;
      resolve();
      return true;
    }),
  );
}

/**
 * Calls `then` in the animation frame after the one in which the chart of this name registered (a chart registers
 * in the frame that draws it): the first moment its picture is on screen. Returns the way to cancel.
 */
export function afterChartDrawn(name: string, then: () => void): () => void {
  let live = true;
  let frame = 0;
  void whenChartRegistered(name).then(() => {
    if (live) frame = requestAnimationFrame(then);
  });
  return () => {
    live = false;
    cancelAnimationFrame(frame);
  };
}

/** The live chart registered under this name, or undefined when none is shown (or it was disposed). */
export function getChart(name: string): ChartInstance | undefined {
  const chart = charts.get(name);
  return chart && !chart.isDisposed() ? chart : undefined;
}

/** Forgets a chart when its component unmounts, so disposed instances are not kept alive. */
export function unregisterChart(name: string, chart: ChartInstance): void {
  if (charts.get(name) === chart) charts.delete(name);
}
