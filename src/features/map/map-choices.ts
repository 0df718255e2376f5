import { useEffect, useMemo, useRef } from 'react';
import { PREFECTURE_CODES } from '../../data';
import type { Project } from '../../data';
import { useDashboard } from '../../state/store';
import {
  CITY_SERIES_ID,
  COUNTY_NAMES_SERIES_ID,
  COUNTY_SERIES_ID,
} from '../../charts/map/build-drill-option';
import { MAP_SERIES_ID, PINS_SERIES_ID, PROVINCE_SERIES_ID } from '../../charts/map/build-map-option';
import type { DrillModel, MapTableRow } from '../../charts/map/drill-model';
import { countyShapes } from '../../geo';
import type { ResourceCache } from '../../lib/resource-cache';
import { useResourceCache } from '../../state/resources';

interface ClickParams {
  componentType?: string;
  seriesId?: string;
  name?: string;
  value?: unknown;
  /** zrender's event; `event.event` is the browser's (a touchend when the click was a tap). */
  event?: { event?: Event };
}

/**
 * A tap is a click to ECharts on touchend; the browser then sends its own mouse events for the tap, whose
 * mousedown on the canvas takes the focus to <body> (from the opened detail's title). A chosen tap ends here.
 */
function endTap(params: ClickParams): void {
  const native = params.event?.event;
  if (native?.type === 'touchend' && native.cancelable) native.preventDefault();
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

/**
 * A tap on the static map (a phone's, before the chart is made) chooses what the same tap on the chart would: a
 * prefecture drills in, a pin opens its project, the 省级 marker shows the province-level ones.
 */
export function chooseOnStaticMap(target: EventTarget | null): void {
  const hit =
    target instanceof Element ? target.closest('[data-region], [data-project], [data-province]') : null;
  if (!hit) return;
  const { setRegion, showProvinceLevel, openProject } = useDashboard.getState();
  if (hit.hasAttribute('data-province')) return showProvinceLevel();
  const project = Number(hit.getAttribute('data-project') ?? NaN);
  if (Number.isInteger(project)) return openProject(project);
  const region = hit.getAttribute('data-region');
  if (region && PREFECTURE_CODES.has(region)) setRegion(region);
}

/**
 * Fetches a prefecture's counties ahead of a drill (hover, focus, the tour's next stop), unless they already
 * failed: a failure is shown by the drill, whose 重试 asks again.
 */
export function prefetchCounties(cache: ResourceCache, code: string): void {
  const shapes = countyShapes(code);
  if (shapes && cache.state(shapes).status === 'idle') cache.load(shapes).catch(() => undefined);
}

/**
 * What choosing on the map or in its table does, through the store: a prefecture drills in, a county with projects
 * is chosen (its one project opens), a marker opens its project, the 省级 marker or row shows province-level ones.
 */
/** Loads a prefecture's counties again after they failed (the drill's 重试). */
export function prefetchAgain(cache: ResourceCache, code: string): void {
  const shapes = countyShapes(code);
  if (shapes) cache.load(shapes).catch(() => undefined);
}

export function useMapChoices(drillModel: DrillModel | null) {
  const cache = useResourceCache();
  // Click handlers stay one object (a new one would rebuild the chart); they read the latest model here.
  const current = useRef<DrillModel | null>(drillModel);
  useEffect(() => {
    current.current = drillModel;
  }, [drillModel]);
  const onEvents = useMemo(
    () => ({
      click: (params: ClickParams) => {
        endTap(params);
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
          prefetchCounties(cache, params.name);
      },
    }),
    [cache],
  );

  const chooseRow = (row: MapTableRow) => {
    const { setRegion, showProvinceLevel } = useDashboard.getState();
    if (row.kind === 'province') showProvinceLevel();
    else if (row.kind === 'prefecture') setRegion(row.code);
    else if (row.kind === 'county') chooseCounty(row.code, row.projects);
    else chooseCity(row.projects);
  };
  return { onEvents, chooseRow };
}
