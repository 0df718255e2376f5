import { useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { lists, PREFECTURES } from '../../data';
import { provinceGeometry } from '../../geo';
import { useOfficeRem, usePresentRem } from '../../lib/present-scale';
import { useElementSize } from '../../lib/use-element-size';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { isUnfiltered } from '../../state/filters';
import { useChartTheme, useFilters, useStillCharts } from '../../state/selectors';
import { useResourceCache } from '../../state/resources';
import { useReadyScene } from '../../state/use-scene';
import { useDashboard } from '../../state/store';
import type { MapView as View } from '../../charts/map/drill-camera';
import { drillTableRows, provinceTableRows } from '../../charts/map/drill-model';
import { sceneMapModel, sceneMapOption } from '../../charts/map/scene-map-option';
import type { MapFrame } from '../../charts/map/scene-map-option';
import { MapBreadcrumb } from './map-breadcrumb';
import { MapDrillStatus } from './map-drill-status';
import { DRILL_COLOURS, PROVINCE_COLOURS } from '../../charts/map/map-words';
import { MapPanel } from './map-panel';
import { MapTable } from './map-table';
import { prefetchAgain, prefetchCounties, useMapChoices } from './map-choices';
import { StaticMapRendererContext } from '../../state/static-shell';
import { usePrefetchNextStop } from './use-prefetch-next-stop';
import './map.css';

interface MapViewProps {
  /**
   * False renders the map without its data table for now: the table is visually hidden (screen readers and the
   * 表格 button use it), so the office layout adds it a frame after the map's first frame.
   */
  withTable?: boolean;
  /** The map's own buttons (export), after the breadcrumb and 表格 in the tab order, as on screen. */
  actions?: ReactNode;
}

/**
 * The map wired to the store. Choosing a prefecture (click, table row, the 地区 select, the URL) drills into its
 * counties; the breadcrumb and Back go up again. The tour drills into each stop's prefecture.
 */
export function MapView({ withTable = true, actions }: MapViewProps) {
  const filters = useFilters();
  const scene = useReadyScene();
  const { map } = scene;
  const cache = useResourceCache();
  const theme = useChartTheme();
  const presenting = useDashboard((s) => s.mode === 'present');
  const dark = useDashboard((s) => s.theme === 'dark');
  const tourFocus = useDashboard((s) => (s.mode === 'present' ? s.tourFocus : null));
  const presentRem = usePresentRem();
  const officeRem = useOfficeRem();
  // The drill's camera flight honours reduced motion; the chart also stands still while printing.
  const reducedMotion = useReducedMotion();
  const still = useStillCharts();
  const [tableShown, setTableShown] = useState(false);
  // The box the map is drawn in: labels are sized and placed for it.
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const size = useElementSize(frame);

  // What the map draws is the scene's: the projects it counts, the place, and what is still missing.
  const { year } = scene;
  const geometry = provinceGeometry();
  const counties = map.counties;
  const retryCounties = () => {
    if (map.target !== null) prefetchAgain(cache, map.target);
  };
  usePrefetchNextStop(tourFocus, filters);
  // The label size the layout wants; the office's province map draws smaller labels where it is too small for
  // them. A room reads the presentation screen from its back row: 1 rem (24 px at 1080p, 48 px at 4K) at least.
  const fontSize = presenting ? Math.round(presentRem) : Math.round(officeRem * 0.875);
  // The chart is made only once its box is measured, so the map is drawn once, at its size.
  const measured = size !== null;
  const frameWidth = size?.width ?? 0;
  const frameHeight = size?.height ?? 0;
  const mapFrame = useMemo<MapFrame | null>(
    () => (measured ? { width: frameWidth, height: frameHeight, fontSize, projected: presenting } : null),
    [measured, frameWidth, frameHeight, fontSize, presenting],
  );

  // What is drawn: the target once its counties are in (they are never another prefecture's); until then, or
  // when they fail, the province with the target highlighted, counting what the figures count.
  const view: View = counties ? { kind: 'prefecture', code: counties.prefecture } : { kind: 'province' };
  const drawn = useMemo(() => sceneMapModel(map, mapFrame), [map, mapFrame]);
  const drillModel = drawn.kind === 'prefecture' ? drawn.model : null;
  const option = useMemo(
    () => sceneMapOption(map, theme, mapFrame, { animation: !still, drawn }),
    [map, theme, mapFrame, still, drawn],
  );

  const { onEvents, chooseRow } = useMapChoices(drillModel);
  // A drill, an opened project or a tour's stop leaves no tooltip or highlight behind (on touch it would stay
  // until the next tap; on a projector, under a mouse left on the map); so does a pointer at rest there.
  const openProject = useDashboard((s) => s.project);
  const pointerCleared = useDashboard((s) => s.pointerCleared);
  const clearPointerOn = `${drillModel?.code ?? ''}:${openProject ?? ''}:${tourFocus ?? ''}:${pointerCleared}`;

  // The breadcrumb names the place chosen (while its counties load too); exports describe what is drawn.
  const { targetName } = map;
  const chosenCounty = map.countyName;

  const rows =
    drawn.kind === 'prefecture'
      ? drillTableRows(drawn.model)
      : provinceTableRows(drawn.model.provinceProjects, drawn.model.regions);
  const crumbs = [
    { label: '河南省', onSelect: () => useDashboard.getState().setRegion(null) },
    ...(targetName ? [{ label: targetName, onSelect: () => useDashboard.getState().setCounty(null) }] : []),
    ...(chosenCounty ? [{ label: chosenCounty }] : []),
  ];

  // The static map is drawn for the default view's year, in the office layout's light theme.
  const defaultLook = tourFocus === null && year === lists.defaultYear && !dark && !presenting;
  // Build time only: the static map of the prerendered first screen, where the chart will be.
  const prerendered = useContext(StaticMapRendererContext)?.(map.projects);
  const place = drillModel ? drillModel.name : `河南省${PREFECTURES.length}个省辖市（含济源示范区）`;
  return (
    <>
      <div className="map-bar">
        <MapBreadcrumb crumbs={crumbs} interactive={!presenting} />
        {presenting ? null : (
          <>
            <p className="map-caption">
              {drillModel ? (
                <>
                  {DRILL_COLOURS} · <span className="caption-city">●</span> 市级项目
                </>
              ) : (
                <>
                  {PROVINCE_COLOURS} · <span className="caption-province">●</span> 省级项目单列
                </>
              )}
            </p>
            <button
              type="button"
              className="map-table-toggle"
              aria-pressed={tableShown}
              onClick={() => setTableShown(!tableShown)}
            >
              表格
            </button>
          </>
        )}
      </div>
      {actions}
      <MapDrillStatus missing={map.missing} onRetry={retryCounties} />
      <MapPanel
        option={option}
        view={view}
        counties={counties}
        geometry={geometry}
        ariaLabel={`${place}出彩工作分布地图（数字见地图表格）`}
        animate={!reducedMotion}
        hidden={tableShown && !presenting}
        onEvents={onEvents}
        clearPointerOn={clearPointerOn}
        onFrame={setFrame}
        measured={measured}
        prerendered={prerendered}
        // The static map is the default view's (the newest year, unfiltered) in the office layout and the light
        // theme: another year, the dark theme or presentation retire it too.
        staticMapShowsView={drillModel === null && defaultLook && isUnfiltered(filters)}
        countiesComing={map.missing?.status === 'loading'}
        staticMapChosen={defaultLook && isUnfiltered({ ...filters, region: null }) ? filters.region : null}
      />
      {withTable ? (
        <MapTable
          rows={rows}
          caption={drillModel ? `${drillModel.name}各县（市、区）出彩工作项目数` : '各省辖市出彩工作项目数'}
          regionHeading={drillModel ? '县（市、区）' : '地区'}
          chosen={drillModel ? filters.county : filters.region}
          shown={tableShown && !presenting}
          // In presentation a choice would narrow the tour to one stop, with no way back but leaving.
          onChoose={presenting ? undefined : chooseRow}
          onPrepare={(row) => (row.kind === 'prefecture' ? prefetchCounties(cache, row.code) : undefined)}
        />
      ) : null}
    </>
  );
}
