import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { lists, PREFECTURES } from '../../data';
import { COUNTY_POINTS, countyMapName, HENAN_MAP, provinceGeometry } from '../../geo';
import { registerChartPicture } from '../../lib/chart-picture';
import { getChart, registerThemedOption } from '../../lib/chart-registry';
import type { PictureFrame } from '../../lib/chart-registry';
import { useOfficeRem, usePresentRem } from '../../lib/present-scale';
import type { ChartTheme } from '../../lib/theme';
import { useElementSize } from '../../lib/use-element-size';
import { useStillCharts } from '../../lib/printing';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { isUnfiltered } from '../../state/filters';
import { useChartTheme, useFilters } from '../../state/selectors';
import { useResourceCache } from '../../state/resources';
import { useReadyScene } from '../../state/use-scene';
import { useDashboard } from '../../state/store';
import { buildDrillOption } from '../../charts/map/build-drill-option';
import { buildMapOption } from '../../charts/map/build-map-option';
import type { MapView as View } from '../../charts/map/drill-camera';
import { countyLabelSpots } from '../../charts/map/county-label-spots';
import { buildDrillModel, drillTableRows, provinceTableRows } from '../../charts/map/drill-model';
import { MapBreadcrumb } from './map-breadcrumb';
import { MapDrillStatus } from './map-drill-status';
import { DRILL_COLOURS, mapPicture, PROVINCE_COLOURS } from '../../charts/map/map-words';
import { buildMapModel } from '../../charts/map/map-model';
import type { MapModel } from '../../charts/map/map-model';
import { MapPanel } from './map-panel';
import { MapTable } from './map-table';
import { prefetchAgain, prefetchCounties, useMapChoices } from './map-choices';
import { labelScaleFor } from '../../charts/map/map-label-scale';
import { useLabelScale } from './use-label-scale';
import { prerenderingMap } from '../../state/static-shell';
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

/** Nothing to group before the box is measured: the chart is made only then. */
const UNMEASURED_MODEL: MapModel = { regions: [], provinceProjects: [], pins: [] };

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
  const matching = map.projects;
  const geometry = provinceGeometry();
  const counties = map.counties;
  const retryCounties = () => {
    if (map.target !== null) prefetchAgain(cache, map.target);
  };
  usePrefetchNextStop(tourFocus, filters);
  // The label size the layout wants; the province map draws smaller labels where it is too small for them.
  const fontSize = presenting ? Math.round(presentRem * 0.8) : Math.round(officeRem * 0.875);
  const { labelFont, scale, measured } = useLabelScale(size, geometry.bounds, fontSize);

  // What is drawn: the target once its counties are in (they are never another prefecture's); until then, or
  // when they fail, the province with the target highlighted.
  const drilled = counties;
  const view: View = drilled ? { kind: 'prefecture', code: drilled.prefecture } : { kind: 'province' };
  // The first render, before the box is measured, would place labels for no size and be thrown away.
  const provinceModel = useMemo(
    () => (measured ? buildMapModel(matching, COUNTY_POINTS, geometry.labelPoints, scale) : UNMEASURED_MODEL),
    [measured, matching, geometry, scale],
  );
  const drillModel = useMemo(
    () => (drilled ? buildDrillModel(matching, drilled.prefecture, drilled.shapes) : null),
    [matching, drilled],
  );
  // The tour points at its stop's county-level project; otherwise the chosen county is highlighted.
  const tourCounty =
    tourFocus !== null && drillModel
      ? (drillModel.counties.find((c) => c.projects.length > 0)?.code ?? null)
      : null;
  const selectedCounty = tourFocus !== null ? tourCounty : filters.county;
  const labelSpots = useMemo(
    () =>
      drillModel && drilled && size
        ? countyLabelSpots(drillModel, drilled.bounds, size, fontSize)
        : undefined,
    [drillModel, drilled, size, fontSize],
  );

  // The option in any theme: the screen's, and the light one a briefing deck puts on white slides. A picture of
  // another size (the deck's map slide) gets labels laid out for that size.
  const optionIn = useCallback(
    (chartTheme: ChartTheme, frame?: PictureFrame) => {
      if (drillModel) {
        const spots =
          frame && drilled ? countyLabelSpots(drillModel, drilled.bounds, frame, frame.fontSize) : labelSpots;
        return buildDrillOption({
          model: drillModel,
          mapName: countyMapName(drillModel.code),
          selectedCounty,
          theme: chartTheme,
          fontSize: frame?.fontSize ?? fontSize,
          labelSpots: spots,
          animation: !still,
        });
      }
      const sized = frame ? labelScaleFor(frame, geometry.bounds, frame.fontSize) : null;
      return buildMapOption({
        model: sized
          ? buildMapModel(matching, COUNTY_POINTS, geometry.labelPoints, sized.scale)
          : provinceModel,
        mapName: HENAN_MAP,
        selectedRegion: filters.region,
        focus: tourFocus,
        fontSize: sized?.labelFont ?? labelFont,
        theme: chartTheme,
        animation: !still,
      });
    },
    [
      drillModel,
      drilled,
      provinceModel,
      matching,
      geometry,
      selectedCounty,
      labelSpots,
      filters.region,
      tourFocus,
      fontSize,
      labelFont,
      still,
    ],
  );
  const option = useMemo(() => optionIn(theme), [optionIn, theme]);
  useEffect(() => registerThemedOption('map', optionIn), [optionIn]);

  const { onEvents, chooseRow } = useMapChoices(drillModel);
  // A drill or an opened project leaves no tooltip behind (on touch it would stay until the next tap).
  const openProject = useDashboard((s) => s.project);
  useLayoutEffect(() => {
    getChart('map')?.dispatchAction({ type: 'hideTip' });
  }, [drillModel?.code, openProject]);

  // The breadcrumb names the place chosen (while its counties load too); exports describe what is drawn.
  const { targetName } = map;
  const chosenCounty = map.countyName;
  const picture = useMemo(() => mapPicture(map), [map]);
  useEffect(() => registerChartPicture('map', picture), [picture]);

  const rows = drillModel
    ? drillTableRows(drillModel)
    : provinceTableRows(provinceModel.provinceProjects, provinceModel.regions);
  const crumbs = [
    { label: '河南省', onSelect: () => useDashboard.getState().setRegion(null) },
    ...(targetName ? [{ label: targetName, onSelect: () => useDashboard.getState().setCounty(null) }] : []),
    ...(chosenCounty ? [{ label: chosenCounty }] : []),
  ];

  // Build time only: the static map of the prerendered first screen, where the chart will be.
  const prerendered = prerenderingMap()?.(matching);
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
        onFrame={setFrame}
        measured={measured}
        prerendered={prerendered}
        // The static map is the default view's (the newest year, unfiltered) in the office layout and the light
        // theme: another year, the dark theme or presentation retire it too.
        staticMapTrue={
          drillModel === null &&
          tourFocus === null &&
          isUnfiltered(filters) &&
          year === lists.defaultYear &&
          !dark &&
          !presenting
        }
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
