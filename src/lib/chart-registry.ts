import type { echarts, ECOption } from './echarts';
import type { ChartTheme } from './theme';

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

/** Charts whose panel reported a failure (加载失败, 显示出错) that no 重试 has cleared yet. */
const failed = new Set<string>();
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
  failed.delete(name);
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

/** Charts made only when wanted (the phone's map, until touched): how to make each now. */
const summoners = new Map<string, () => void>();

/**
 * A chart whose component holds off making it (a still picture stands in) says how to make it now; returns the
 * way to withdraw that, once the chart is made or its component goes.
 */
export function deferChart(name: string, summon: () => void): () => void {
  summoners.set(name, summon);
  return () => {
    if (summoners.get(name) === summon) summoners.delete(name);
  };
}

/**
 * Asks a deferred chart to be made and resolves once it exists (exports and the deck need the live chart); at
 * once for a chart that is not deferred.
 */
export function summonChart(name: string): Promise<void> {
  const summon = summoners.get(name);
  if (!summon) return Promise.resolve();
  summon();
  return whenChartRegistered(name);
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

/** The charts a caller waited for that failed to show (their panels say so and offer 重试). */
export class ChartsNotShown extends Error {
  constructor(readonly names: readonly string[]) {
    super(`Charts not shown: ${names.join(', ')}`);
    this.name = 'ChartsNotShown';
  }
}

/**
 * Resolves once every chart of these names is shown; rejects with ChartsNotShown as soon as one of them has
 * failed (a chart still loading is waited for, a failed one would never come).
 */
export function whenChartsShown(names: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    watch(() => {
      const missing = names.filter((name) => failed.has(name) && !getChart(name));
      if (missing.length > 0) reject(new ChartsNotShown(missing));
      else if (names.every((name) => getChart(name))) resolve();
      else return false;
      return true;
    }),
  );
}

/** A panel's charts failed to load or to draw: whoever waits for them hears so at once. */
export function reportChartsFailed(names: readonly string[]): void {
  for (const name of names) failed.add(name);
  changed();
}

/** The panel tries its charts again (重试): they are no longer known to have failed. */
export function forgetChartFailures(names: readonly string[]): void {
  for (const name of names) failed.delete(name);
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

/** A picture drawn at its own size rather than the screen's: the chart lays its labels out for it. */
export interface PictureFrame {
  /** CSS px. */
  readonly width: number;
  readonly height: number;
  /** The labels' size in px, where the chart can keep them apart at that size. */
  readonly fontSize: number;
}

/** Builds a chart's option in a given theme, for the screen's size or a picture's frame. */
export type ThemedOption = (theme: ChartTheme, frame?: PictureFrame) => ECOption;

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

/**
 * The chart's option in this theme (laid out for `frame` when given), or undefined when the chart is not shown
 * (or cannot be re-themed).
 */
export function optionInTheme(name: string, theme: ChartTheme, frame?: PictureFrame): ECOption | undefined {
  return themed.get(name)?.(theme, frame);
}
