import {
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { NETWORK_HINT, PanelError } from '../../components/ui/panel-error';
import { afterChartDrawn } from '../../state/charts-on-screen';
import { ShellMapContext, STATIC_MAP_SLOT } from '../../state/static-shell';
import { useDashboard } from '../../state/store';
import { chooseOnStaticMap } from './map-choices';
import { countyMapName, HENAN_MAP } from '../../geo';
import type { ChartMap, LoadedCounties } from '../../geo';
import type { ECOption } from '../../lib/echarts';
import { useResource, useResourceCache } from '../../state/resources';
import { mapChartParts } from './map-chart-resource';
import { mapSurface } from './map-surface';
import { cameraTransform, drillCamera } from '../../charts/map/drill-camera';
import type { MapView } from '../../charts/map/drill-camera';
import type { ProvinceGeometry } from '../../geo';

/** A drill's camera flight: short enough to never hold anyone up (under 600 ms). */
export const DRILL_MS = 480;

interface MapPanelProps {
  option: ECOption;
  /** What the option shows; a change of view flies the camera from the old one to the new. */
  view: MapView;
  /** The counties the option draws (a drilled map), else null: registered with the chart before it draws. */
  counties: LoadedCounties | null;
  geometry: ProvinceGeometry;
  ariaLabel: string;
  animate: boolean;
  /** The table is shown instead: the chart stays alive (exports read it) but out of sight. */
  hidden?: boolean;
  onEvents?: Record<string, (params: never) => void>;
  /** Whenever this changes (a drill, an opened project, a stop), what a pointer left on the chart is cleared. */
  clearPointerOn?: unknown;
  /** Hands the frame element up, so labels can be sized and placed for the box the map is drawn in. */
  onFrame?: (frame: HTMLDivElement | null) => void;
  /** False until that box is measured: the chart is made only then, so the map is drawn once, at its size. */
  measured: boolean;
  /** Build time only (the prerendered first screen): the static map, drawn where the chart will be. */
  prerendered?: ReactNode;
  /**
   * Whether the view is still the one the prerendered static map shows (the default view): a filter chosen
   * before the chart has drawn retires it at once, never to stand under another view's list and title.
   */
  staticMapShowsView?: boolean;
  /**
   * The prefecture chosen from the default view, if that is the only change: until the chart has drawn, the
   * static map stands for it with that prefecture highlighted (a phone's first tap never blanks the map).
   */
  staticMapChosen?: string | null;
  /** The chosen prefecture's counties are on their way: the stand-in static map waits for them with the chart. */
  countiesComing?: boolean;
}

/**
 * The prerendered static map, adopted from the page's first paint, over the chart's place until the chart has
 * drawn its first frame: the map never blinks out between the page's HTML and the chart.
 */
function useStaticMap(): string | null {
  const { staticMap } = useContext(ShellMapContext);
  const retired = useDashboard((s) => s.staticMapRetired);
  const markup = retired ? null : staticMap;
  const retire = useDashboard((s) => s.retireStaticMap);
  useEffect(() => {
    if (markup === null) return;
    // The static map goes in the frame after the chart's first.
    return afterChartDrawn('map', retire);
  }, [markup, retire]);
  return markup;
}

/**
 * Whether the live chart is made now. On a touch-first device the static map stands in for it (it looks the
 * same; a tap on it chooses what a tap on the chart would) until the map is touched or the view changes (exports
 * need no live chart: they draw the scene off-screen); elsewhere, at once. Once made, it stays.
 */
function useChartWanted(staticMapShown: boolean): [boolean, () => void] {
  const [made, setMade] = useState(false);
  const { chartDeferred: deferred } = useContext(ShellMapContext);
  const wanted = made || !staticMapShown || !deferred;
  // Remembered as the render finds it wanted (React's way to adjust state to new props), so a view that goes back
  // to the default one keeps the chart.
  if (wanted && !made) setMade(true);
  // In a transition: making the chart is long work, and the tap that asked for it chooses first (a prefecture's
  // counties start to download before the chart is made).
  const make = useCallback(() => startTransition(() => setMade(true)), []);
  return [wanted, make];
}

const viewKey = (view: MapView) => (view.kind === 'province' ? 'province' : view.code);

/**
 * The map chart. A drill is a zoom: the new picture starts where the old view showed the same ground and eases
 * to its place (a compositor-only CSS transform, smooth at 4K; no frame of ECharts is redrawn).
 */
export function MapPanel({
  option,
  view,
  counties,
  geometry,
  ariaLabel,
  animate,
  hidden,
  onEvents,
  clearPointerOn,
  onFrame,
  measured,
  prerendered,
  staticMapShowsView = false,
  staticMapChosen = null,
  countiesComing = false,
}: MapPanelProps) {
  const markup = useStaticMap();
  const [chartWanted, makeChart] = useChartWanted(staticMapShowsView && markup !== null);
  const { chartDeferred: deferred } = useContext(ShellMapContext);
  const cache = useResourceCache();
  const chartState = useResource(chartWanted ? mapChartParts : null);
  // The static map shows while it is true: the default view (again, if a filter is undone before the chart
  // draws), or that view with one prefecture chosen, highlighted, while the chart is still to come.
  const chosen = staticMapShowsView || chartState.status === 'failed' ? null : staticMapChosen;
  const staticMap = staticMapShowsView || chosen !== null ? markup : null;
  const parts = chartState.status === 'ready' ? chartState.value : null;
  const surface = mapSurface({
    // The static map standing in for a chosen prefecture gives way to the chart once it can draw the counties.
    chunk: staticMap !== null && chosen !== null && countiesComing ? 'loading' : chartState.status,
    staticMap: staticMap !== null || Boolean(prerendered),
    measured,
    wanted: chartWanted,
  });
  const retryChart = () => {
    cache.load(mapChartParts).catch(() => undefined);
  };
  const maps = useMemo<readonly ChartMap[]>(
    () =>
      parts
        ? [
            { name: HENAN_MAP, geoJson: parts.henan },
            ...(counties ? [{ name: countyMapName(counties.prefecture), geoJson: counties.geoJson }] : []),
          ]
        : [],
    [parts, counties],
  );
  const frameRef = useRef<HTMLDivElement | null>(null);
  const setFrame = useCallback(
    (frame: HTMLDivElement | null) => {
      frameRef.current = frame;
      onFrame?.(frame);
    },
    [onFrame],
  );
  const shown = useRef<MapView>(view);
  const key = viewKey(view);

  // Runs after the chart has taken the new option (its own commit comes first), before the next paint.
  useLayoutEffect(() => {
    const from = shown.current;
    shown.current = view;
    const frame = frameRef.current;
    if (!animate || !frame || typeof frame.animate !== 'function') return;
    const camera = drillCamera(
      from,
      view,
      geometry.bounds,
      (code) => geometry.prefectureBounds.get(code),
      frame.clientWidth,
      frame.clientHeight,
    );
    if (!camera) return;
    const flight = frame.animate(
      [
        { transform: cameraTransform(camera), opacity: 0.5 },
        { transform: 'none', opacity: 1 },
      ],
      { duration: DRILL_MS, easing: 'cubic-bezier(0.2, 0.7, 0.2, 1)' },
    );
    return () => flight.cancel();
    // Only a change of view flies; the view object itself is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <div
      ref={setFrame}
      className="map-chart"
      style={hidden ? { visibility: 'hidden' } : undefined}
      // The first touch makes the chart; the tap itself is answered by the static map (below).
      onPointerDown={chartWanted ? undefined : makeChart}
    >
      {surface.chart && parts ? (
        <parts.Chart
          maps={maps}
          name="map"
          className="map-canvas"
          ariaLabel={ariaLabel}
          option={option}
          onEvents={onEvents}
          clearPointerOn={clearPointerOn}
        />
      ) : surface.failed ? (
        <PanelError message="地图加载失败" hint={NETWORK_HINT} onRetry={retryChart} />
      ) : surface.loading ? (
        <p className="map-loading">地图加载中……</p>
      ) : null}
      {surface.staticNote ? (
        // The static map is still true: it stays, and a small note says what is missing (hover, clicks).
        <p className="map-chart-note" role="status">
          交互地图加载失败，当前为静态地图
          <button type="button" className="button map-chart-retry" onClick={retryChart}>
            重试
          </button>
        </p>
      ) : null}
      {prerendered ? (
        <div className={STATIC_MAP_SLOT} role="img" aria-label={ariaLabel}>
          {prerendered}
        </div>
      ) : staticMap !== null ? (
        <div
          className={STATIC_MAP_SLOT}
          // Named as the chart is: on a phone it is the map until the map is touched.
          role="img"
          aria-label={ariaLabel}
          data-chosen={chosen ?? undefined}
          // A phone's taps reach it for as long as it stands (the chart, made on the first touch, then draws).
          onClick={deferred ? (event) => chooseOnStaticMap(event.target) : undefined}
          dangerouslySetInnerHTML={{ __html: staticMap }}
        />
      ) : null}
      {staticMap !== null && chosen !== null ? (
        // The chosen prefecture stands out of the faded map (map.css), as on the chart while its counties load.
        <style>{`.${STATIC_MAP_SLOT}[data-chosen] [data-region="${chosen}"] { opacity: 1 }`}</style>
      ) : null}
    </div>
  );
}
