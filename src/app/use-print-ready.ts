import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenChartDrawn } from '../state/charts-on-screen';
import { useDashboard } from '../state/store';

/** Longest wait for the statistics before printing what is there: a stalled download must not hold Ctrl+P. */
const STATISTICS_WAIT_MS = 8000;

/** What the statistics' error boundary tells the print path. */
export interface StatisticsOutcome {
  /** The statistics failed: Ctrl+P prints without them, at once. */
  failed: () => void;
  /** 重试 loads them again: Ctrl+P waits for them again. */
  retried: () => void;
}

// Whether the statistics have failed, and who waits to hear it.
function createStatisticsOutcome() {
  let failed = false;
  let waiting: (() => void)[] = [];
  return {
    failed: () => {
      failed = true;
      for (const resolve of waiting) resolve();
      waiting = [];
    },
    retried: () => {
      failed = false;
    },
    /** Resolves when the statistics have failed (at once if they already have). */
    whenFailed: () => (failed ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}

function isPrintKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p';
}

/**
 * Ctrl+P (⌘P) prints the whole report: it first asks for the statistics (they load lazily after the map) and waits
 * until they are drawn or have failed (or STATISTICS_WAIT_MS has passed), then lays the page out for paper and
 * opens the print dialog. Printing from the browser menu only gets `beforeprint`, which cannot wait: it lays the
 * page out for paper before it returns (the page is captured right after), with whatever statistics are there.
 * On paper every chart is a light, still copy drawn for the paper (PaperChart); the screen keeps its theme, so
 * the saved theme is never touched. `afterprint` ends it.
 */
export function usePrintReady(loadStatistics: () => void): StatisticsOutcome {
  const [outcome] = useState(createStatisticsOutcome);

  useEffect(() => {
    let preparing = false;
    const startPrinting = () =>
      // Rendered now, not on React's schedule: the paper copies are drawn in this commit.
      flushSync(() => {
        loadStatistics();
        useDashboard.getState().setPrinting(true);
      });
    const onKey = (event: KeyboardEvent) => {
      if (!isPrintKey(event)) return;
      // Presentation mode has no statistics to wait for: the browser prints it as it is.
      if (useDashboard.getState().mode !== 'office') return;
      event.preventDefault();
      if (preparing) return;
      preparing = true;
      loadStatistics();
      let timer = 0;
      const waited = new Promise<void>((resolve) => {
        timer = window.setTimeout(resolve, STATISTICS_WAIT_MS);
      });
      // The charts' list comes with the statistics (the first screen does not carry it); if it cannot load,
      // neither can they.
      const drawn = import('../charts/chart-list')
        .then(({ CHARTS }) => Promise.all(CHARTS.map((c) => whenChartDrawn(c.name))))
        .catch(() => outcome.whenFailed());
      void Promise.race([drawn, outcome.whenFailed(), waited])
        .then(() => {
          startPrinting();
          window.print();
        })
        .finally(() => {
          window.clearTimeout(timer);
          preparing = false;
        });
    };
    const afterPrint = () => useDashboard.getState().setPrinting(false);
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeprint', startPrinting);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', startPrinting);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [loadStatistics, outcome]);

  return outcome;
}
