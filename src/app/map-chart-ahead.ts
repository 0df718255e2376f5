import { preloadListedModules } from '../lib/ahead-modules';
import { mapChartParts } from '../features/map/map-chart-resource';
import { appResources } from '../state/resources';

/**
 * How long a phone's page rests after its load before it preloads the chart's code: the first screen (its
 * largest paint included) is long done, and a person is reading it. A touch or a scroll anywhere starts it sooner.
 */
const QUIET_AFTER_LOAD_MS = 3000;

/**
 * When the map chart's code (ECharts, the province's shapes) arrives: the one place that decides it.
 *
 * - A screen with a mouse makes the chart at once, so its code is loaded right after the first paint.
 * - A touch-first device keeps the static map until the map is touched. Its code is preloaded (fetched, not run)
 *   once the page has loaded and rested, at an idle moment, or as soon as the person touches or scrolls the page:
 *   the first tap on the map then waits only for the chart to be made, not for a slow link, and the first
 *   screen's own loading is untouched.
 */
export function fetchMapChartAhead(touchFirst: boolean, painted: Promise<void>): void {
  if (!touchFirst) {
    // A failure is the map panel's to report, when it asks for the chart itself.
    void painted.then(() => appResources.load(mapChartParts).catch(() => undefined));
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const events = ['touchstart', 'scroll'] as const;
  const preload = () => {
    clearTimeout(timer);
    events.forEach((type) => window.removeEventListener(type, preload, true));
    preloadListedModules();
  };
  events.forEach((type) => window.addEventListener(type, preload, { capture: true, passive: true }));
  const rest = () => {
    timer = setTimeout(
      () => ('requestIdleCallback' in window ? window.requestIdleCallback(preload) : preload()),
      QUIET_AFTER_LOAD_MS,
    );
  };
  if (document.readyState === 'complete') rest();
  else window.addEventListener('load', rest, { once: true });
}
