import type { echarts, ECOption } from './echarts';
import type { ChartTheme } from './theme';

type ChartInstance = ReturnType<typeof echarts.init>;

declare global {
  interface Window {
    /** Live chart instances by name, for automation (browser tests, screen-capture tools). */
    __charts?: Map<string, ChartInstance>;
  }
}

// The registry the app reads. Browser tests and screen-capture tools see the same map as window.__charts;
// nothing in the app reads that hook.
const charts = new Map<string, ChartInstance>();
const registry = (): Map<string, ChartInstance> => {
  if (typeof window !== 'undefined') window.__charts = charts;
  return charts;
};

const waiting = new Map<string, (() => void)[]>();

/** Records a live chart under a stable name (one per name; a re-mounted chart replaces its predecessor). */
export function registerChart(name: string, chart: ChartInstance): void {
  registry().set(name, chart);
  for (const resolve of waiting.get(name) ?? []) resolve();
  waiting.delete(name);
}

/** Resolves once a chart of this name exists (at once if it already does). */
export function whenChartRegistered(name: string): Promise<void> {
  if (registry().has(name)) return Promise.resolve();
  return new Promise((resolve) => waiting.set(name, [...(waiting.get(name) ?? []), resolve]));
}

/** The live chart registered under this name, or undefined when none is shown (or it was disposed). */
export function getChart(name: string): ChartInstance | undefined {
  const chart = registry().get(name);
  return chart && !chart.isDisposed() ? chart : undefined;
}

/** Forgets a chart when its component unmounts, so disposed instances are not kept alive. */
export function unregisterChart(name: string, chart: ChartInstance): void {
  if (registry().get(name) === chart) registry().delete(name);
}

/** Builds a chart's option in a given theme. */
export type ThemedOption = (theme: ChartTheme) => ECOption;

const themed = new Map<string, ThemedOption>();

/**
 * Lets exports draw a chart in another theme than the screen's (a briefing deck is light even when the screen
 * is dark). Returns the way to withdraw it, for the chart's component to call when its inputs change or it goes.
 */
export function registerThemedOption(name: string, build: ThemedOption): () => void {
  themed.set(name, build);
  return () => {
    if (themed.get(name) === build) themed.delete(name);
  };
}

/** The chart's option in this theme, or undefined when the chart is not shown (or cannot be re-themed). */
export function optionInTheme(name: string, theme: ChartTheme): ECOption | undefined {
  return themed.get(name)?.(theme);
}
