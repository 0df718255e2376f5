import { preloadListedModules } from '../lib/ahead-modules';
import { mapChartParts } from '../features/map/map-chart-resource';
import { appResources } from '../state/resources';

/** Where the page waits this long after its load for an idle moment that a browser never reports (no idle callback). */
const IDLE_FALLBACK_MS = 500;

/**
 * When the map chart's code (ECharts, the province's shapes) arrives: the one place that decides it.
 *
 * - A screen with a mouse makes the chart at once, so its code is loaded right after the first paint.
 * - A touch-first device keeps the static map until the map is touched. Its code is fetched (not run) once the
 *   page has loaded and is idle: the first tap then waits only for the chart to be made, not for a slow link,
 *   and the first screen's own loading and work are untouched.
 */
export function fetchMapChartAhead(touchFirst: boolean, painted: Promise<void>): void {
  if (!touchFirst) {
    // A failure is the map panel's to report, when it asks for the chart itself.
    void painted.then(() => appResources.load(mapChartParts).catch(() => undefined));
    return;
  }
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(preloadListedModules)
      : setTimeout(preloadListedModules, IDLE_FALLBACK_MS);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
