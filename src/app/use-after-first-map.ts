import { useCallback, useEffect, useState } from 'react';
import { whenChartRegistered } from '../lib/chart-registry';

/**
 * False until the map has been drawn and the browser is idle. What waits on it (the statistics below the fold)
 * then loads without competing with the map for the first screen's CPU time. The second value asks for it at
 * once (printing needs the statistics now).
 */
export function useAfterFirstMap(): [boolean, () => void] {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    whenChartRegistered('map').then(() => {
      const go = () => {
        if (!cancelled) setReady(true);
      };
      if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 1000 });
      else setTimeout(go, 200);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  const now = useCallback(() => setReady(true), []);
  return [ready, now];
}
