import { useEffect, useMemo, useRef, useState } from 'react';
import { NETWORK_HINT, PanelError } from '../../components/ui/panel-error';
import { PREFECTURE_CODES, projects } from '../../data';
import type { Project } from '../../data';
import { countyMapName, HENAN_MAP } from '../../geo';
import { usePresentRem } from '../../lib/present-scale';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { drilledPrefecture } from '../../state/drill';
import { filterProjects } from '../../state/filter-projects';
import { useChartTheme, useFilters } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import {
  COUNTY_NAMES_SERIES_ID,
  COUNTY_SERIES_ID,
  CITY_SERIES_ID,
  buildDrillOption,
} from './build-drill-option';
import { MAP_SERIES_ID, PINS_SERIES_ID, PROVINCE_SERIES_ID, buildMapOption } from './build-map-option';
import type { MapView as View } from './drill-camera';
import { countyLabelSpots } from './county-label-spots';
import { buildDrillModel, drillTableRows, provinceTableRows } from './drill-model';
import type { DrillModel, MapTableRow } from './drill-model';
import { MapBreadcrumb } from './map-breadcrumb';
import { buildMapModel } from './map-model';
import { MapPanel } from './map-panel';
import { MapTable } from './map-table';
import { loadCountyShapes, useCountyShapes, useProvinceGeometry } from './use-map-geometry';
import { useCountyLookup } from './use-county-lookup';
import './map.css';

// Every prefecture that has a county-level project: their pins are on the province map from the start.
const COUNTY_PREFECTURES = [
  ...new Set(projects.flatMap((p) => (p.level === 'county' && p.prefecture ? [p.prefecture] : []))),
];

interface ClickParams {
  componentType?: string;
  seriesId?: string;
  name?: string;
  value?: unknown;
}

/** Choosing a county: its projects become the filter; a county with exactly one project opens it. */
function chooseCounty(code: string, countyProjects: readonly Project[]): void {
  if (countyProjects.length === 0) return;
  const { toggleCounty, openProject, county } = useDashboard.getState();
  toggleCounty(code);
  if (county !== code && countyProjects.length === 1) openProject(countyProjects[0]!.id);
}

/** Choosing the prefecture's own marker or row: its one project opens. */
function chooseCity(cityProjects: readonly Project[]): void {
  if (cityProjects.length === 1) useDashboard.getState().openProject(cityProjects[0]!.id);
}

const prefetch = (code: string) => void loadCountyShapes(code).catch(() => undefined);

/**
 * The map wired to the store. Choosing a prefecture (click, table row, the 地区 select, the URL) drills into its
 * counties; the breadcrumb and Back go up again. The tour drills into each stop's prefecture.
 */
export function MapView() {
  const filters = useFilters();
  const theme = useChartTheme();
  const presenting = useDashboard((s) => s.mode === 'present');
  const tourFocus = useDashboard((s) => (s.mode === 'present' ? s.tourFocus : null));
  const rem = usePresentRem();
  const reducedMotion = useReducedMotion();
  const [tableShown, setTableShown] = useState(false);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  // The map is the region picker: it counts every region under the other filters.
  const matching = useMemo(
    () => filterProjects(projects, { ...filters, region: null, county: null }),
    [filters],
  );
  const target = drilledPrefecture(filters.region, tourFocus);
  const { geometry, failed, retry } = useProvinceGeometry();
  const { counties, failed: countiesFailed, retry: retryCounties } = useCountyShapes(target);
  const pinCounties = useCountyLookup(COUNTY_PREFECTURES);

  // What is drawn: the target once its counties are in; until then the province, or the prefecture before.
  const drilled = target !== null && counties !== null ? counties : null;
  const view: View = drilled ? { kind: 'prefecture', code: drilled.prefecture } : { kind: 'province' };
  const provinceModel = useMemo(
    () => buildMapModel(matching, pinCounties, geometry?.labelPoints),
    [matching, pinCounties, geometry],
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
  const fontSize = presenting ? Math.round(rem * 0.8) : undefined;
  const labelSpots = useMemo(
    () =>
      drillModel && drilled && size
        ? countyLabelSpots(drillModel, drilled.bounds, size, fontSize ?? 14)
        : undefined,
    [drillModel, drilled, size, fontSize],
  );

  const option = useMemo(
    () =>
      drillModel
        ? buildDrillOption({
            model: drillModel,
            mapName: countyMapName(drillModel.code),
            selectedCounty,
            theme,
            fontSize,
            labelSpots,
            animation: !reducedMotion,
          })
        : buildMapOption({
            model: provinceModel,
            mapName: HENAN_MAP,
            selectedRegion: filters.region,
            focus: tourFocus,
            fontSize,
            theme,
            animation: !reducedMotion,
          }),
    [
      drillModel,
      provinceModel,
      selectedCounty,
      labelSpots,
      filters.region,
      tourFocus,
      fontSize,
      theme,
      reducedMotion,
    ],
  );

  // Click handlers stay one object (a new one would rebuild the chart); they read the latest model here.
  const current = useRef<DrillModel | null>(drillModel);
  useEffect(() => {
    current.current = drillModel;
  }, [drillModel]);
  const onEvents = useMemo(
    () => ({
      click: (params: ClickParams) => {
        const { setRegion, showProvinceLevel, openProject } = useDashboard.getState();
        const model = current.current;
        if (params.seriesId === PROVINCE_SERIES_ID) return showProvinceLevel();
        if (params.seriesId === PINS_SERIES_ID) {
          const id = Array.isArray(params.value) ? Number(params.value[2]) : NaN;
          if (Number.isInteger(id)) openProject(id);
          return;
        }
        if (model && params.seriesId === CITY_SERIES_ID) return chooseCity(model.cityProjects);
        const isRegion =
          params.componentType === 'geo' ||
          params.seriesId === MAP_SERIES_ID ||
          params.seriesId === COUNTY_SERIES_ID ||
          params.seriesId === COUNTY_NAMES_SERIES_ID;
        if (!isRegion || !params.name) return;
        if (model) {
          const county = model.counties.find((c) => c.code === params.name);
          if (county) chooseCounty(county.code, county.projects);
        } else if (PREFECTURE_CODES.has(params.name)) {
          setRegion(params.name);
        }
      },
      // Hovering a prefecture fetches its counties, so a click drills without waiting.
      mouseover: (params: ClickParams) => {
        if (
          !current.current &&
          (params.componentType === 'geo' || params.seriesId === MAP_SERIES_ID) &&
          params.name
        )
          prefetch(params.name);
      },
    }),
    [],
  );

  const rows = drillModel
    ? drillTableRows(drillModel)
    : provinceTableRows(provinceModel.provinceProjects, provinceModel.regions);
  const chooseRow = (row: MapTableRow) => {
    const { setRegion, showProvinceLevel } = useDashboard.getState();
    if (row.kind === 'province') showProvinceLevel();
    else if (row.kind === 'prefecture') setRegion(row.code);
    else if (row.kind === 'county') chooseCounty(row.code, row.projects);
    else chooseCity(row.projects);
  };
  const countyName = drillModel?.counties.find((c) => c.code === filters.county)?.name;
  const crumbs = [
    { label: '河南省', onSelect: () => useDashboard.getState().setRegion(null) },
    ...(drillModel
      ? [{ label: drillModel.name, onSelect: () => useDashboard.getState().setCounty(null) }]
      : []),
    ...(drillModel && countyName && tourFocus === null ? [{ label: countyName }] : []),
  ];

  if (failed) return <PanelError message="地图加载失败" hint={NETWORK_HINT} onRetry={retry} />;
  if (!geometry) return <p className="map-loading">地图加载中……</p>;
  const place = drillModel ? drillModel.name : '河南省18个省辖市（含济源示范区）';
  return (
    <>
      <div className="map-bar">
        <MapBreadcrumb crumbs={crumbs} interactive={!presenting} />
        {presenting ? null : (
          <>
            <p className="map-caption">
              {drillModel ? (
                <>
                  颜色：各县（市、区）县级项目数 · <span className="caption-city">●</span> 市级项目
                </>
              ) : (
                <>
                  颜色：各省辖市市级、县级项目数 · <span className="caption-province">●</span> 省级项目单列
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
      {countiesFailed && target !== null ? (
        <div className="map-drill-failed">
          <PanelError message="县区地图加载失败" hint={NETWORK_HINT} onRetry={retryCounties} />
        </div>
      ) : null}
      <MapPanel
        option={option}
        view={view}
        geometry={geometry}
        ariaLabel={`${place}出彩工作分布地图（数字见地图表格）`}
        animate={!reducedMotion}
        hidden={tableShown && !presenting}
        onEvents={onEvents}
        onResize={setSize}
      />
      <MapTable
        rows={rows}
        caption={drillModel ? `${drillModel.name}各县（市、区）出彩工作项目数` : '各省辖市出彩工作项目数'}
        regionHeading={drillModel ? '县（市、区）' : '地区'}
        chosen={drillModel ? filters.county : filters.region}
        shown={tableShown && !presenting}
        onChoose={chooseRow}
        onPrepare={(row) => (row.kind === 'prefecture' ? prefetch(row.code) : undefined)}
      />
    </>
  );
}
