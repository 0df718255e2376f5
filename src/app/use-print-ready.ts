import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { setPrinting } from '../lib/printing';
import { getChart, whenChartRegistered } from '../lib/chart-registry';
import { STAT_CHARTS } from '../state/chart-list';
import { useDashboard } from '../state/store';
import type { Theme } from '../state/theme-storage';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

/** Longest wait for a chart's animation (new bars, new colours) to finish before printing. */
const SETTLE_MS = 2000;

/** Resolves when the chart has finished drawing and animating, or after SETTLE_MS. */
function settled(name: string): Promise<void> {
  return new Promise((resolve) => {
    const chart = getChart(name);
    if (!chart) return resolve();
    const done = () => {
      chart.off('finished', done);
      window.clearTimeout(timer);
      resolve();
    };
    const timer = window.setTimeout(done, SETTLE_MS);
    chart.on('finished', done);
  });
}

const CHART_NAMES = ['map', ...STAT_CHARTS.map((c) => c.name)];

/**
 * Ctrl+P (⌘P) prints the whole report: it first asks for the statistics (they load lazily after the map) and the
 * light theme (paper is white), waits until every chart is drawn, then opens the print dialog; the theme comes
 * back afterwards. Printing from the browser menu only gets `beforeprint`, which cannot wait: it starts loading
 * the statistics, and redraws the charts that are there in the light theme, without animation, before it returns
 * (the page is captured right after); `afterprint` brings the theme back.
 */
export function usePrintReady(loadStatistics: () => void): void {
  useEffect(() => {
    let printing = false;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'p' || event.altKey) return;
      // Presentation mode has no statistics to wait for: the browser prints it as it is.
      if (useDashboard.getState().mode !== 'office') return;
      event.preventDefault();
      if (printing) return;
      printing = true;
      const { theme, setTheme } = useDashboard.getState();
      const changing = theme !== 'light' || CHART_NAMES.some((name) => !getChart(name));
      loadStatistics();
      if (theme !== 'light') setTheme('light');
      void Promise.all(STAT_CHARTS.map((c) => whenChartRegistered(c.name)))
        .then(nextFrame)
        .then(() => (changing ? Promise.all(CHART_NAMES.map(settled)) : undefined))
        .then(nextFrame)
        .then(() => window.print())
        .finally(() => {
          printing = false;
          if (theme !== 'light') useDashboard.getState().setTheme(theme);
        });
    };
    // The theme to bring back after a print from the browser menu, if it switched one.
    let restore: Theme | null = null;
    const beforePrint = () => {
      loadStatistics();
      const { mode, theme, setTheme } = useDashboard.getState();
      // Rendered now, not on React's schedule: the browser captures the page as soon as this returns.
      flushSync(() => {
        setPrinting(true);
        if (mode === 'office' && theme !== 'light') {
          restore = theme;
          setTheme('light');
        }
      });
    };
    const afterPrint = () => {
      setPrinting(false);
      if (restore !== null) useDashboard.getState().setTheme(restore);
      restore = null;
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [loadStatistics]);
}
