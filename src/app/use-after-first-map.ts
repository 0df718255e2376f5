import { useContext, useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { whenChartDrawn } from '../state/charts-on-screen';
import { ShellMapContext } from '../state/static-shell';

/**
 * How near the statistics must come before they load: a screen's height ahead, so on a large screen (where they
 * sit just below the first screen) they load at once, and on a phone (below the whole list) when the reader
 * scrolls toward them, not while the first screen is still busy.
 */
const AHEAD = '100% 0px';

/**
 * False until the map has been drawn (or stands as the static map on a phone), the statistics' place is within a
 * screen of the view and the browser is idle. What waits on it (the statistics below the fold) then loads without competing with the map for the first
 * screen's CPU time.
 */
export function useAfterFirstMap(slot: RefObject<HTMLElement | null>): boolean {
  const [ready, setReady] = useState(false);
  const { chartDeferred } = useContext(ShellMapContext);
  useEffect(() => {
    let cancelled = false;
    let observer: IntersectionObserver | undefined;
    const go = () => {
      if (cancelled) return;
      if ('requestIdleCallback' in window)
        window.requestIdleCallback(() => !cancelled && setReady(true), { timeout: 1000 });
      else setTimeout(() => !cancelled && setReady(true), 200);
    };
    // A phone's map chart waits for a touch: its static map is the map drawn.
    const mapDrawn = chartDeferred ? Promise.resolve() : whenChartDrawn('map');
    void mapDrawn.then(() => {
      const element = slot.current;
      if (cancelled) return;
      if (!element || typeof IntersectionObserver === 'undefined') return go();
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer?.disconnect();
          go();
        },
        { rootMargin: AHEAD },
      );
      observer.observe(element);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, [slot, chartDeferred]);
  return ready;
}
