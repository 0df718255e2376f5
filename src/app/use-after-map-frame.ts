import { useContext, useEffect, useState } from 'react';
import { mapChartParts } from '../features/map/map-chart-resource';
import { useResourceCache } from '../state/resources';
import { afterChartDrawn } from '../state/charts-on-screen';
import { ShellMapContext, StaticMapRendererContext } from '../state/static-shell';

/**
 * How long the side columns wait for the map at most: a map that throws on its first render never draws, and
 * the filters and the list must not wait for it.
 */
export const MAP_FIRST_LIMIT_MS = 1000;

/**
 * False until the map has drawn its first frame, when the map can draw at once; then true. The side columns
 * (filters, list) and the map's data table render after that frame, so the map, which is what a screen shows
 * first, does not wait for their render and layout. When the chart's chunk is not here yet (it loads after the
 * entry) the map shows 加载中, and nothing waits. A hydrated first screen has them at once too: they are part of the page's prerendered HTML, which
 * hydration keeps (the first render must match it).
 */
export function useAfterMapFrame(): boolean {
  const cache = useResourceCache();
  const prerendering = useContext(StaticMapRendererContext) !== null;
  const { staticMap } = useContext(ShellMapContext);
  const [ready, setReady] = useState(
    () => cache.state(mapChartParts).status !== 'ready' || prerendering || staticMap !== null,
  );
  useEffect(() => {
    if (ready) return;
    const release = () => setReady(true);
    const timer = setTimeout(release, MAP_FIRST_LIMIT_MS);
    const cancel = afterChartDrawn('map', release);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [ready]);
  return ready;
}
