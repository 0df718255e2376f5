import { geoArea } from 'd3-geo';
import {
  ensureCountyMap,
  ensureHenanMap,
  featureCentroid,
  HENAN_MAP,
  loadCounties,
  loadHenan,
} from '../../geo';
import type { Bounds } from './drill-camera';
import { geometryBounds, unionBounds } from './drill-camera';
import type { CountyShape } from './drill-model';
import type { LabelPoints } from './map-model';
import { useRetryableLoad } from './use-retryable-load';

/** What the province map needs from its geometry, once loaded and registered. */
export interface ProvinceGeometry {
  readonly labelPoints: LabelPoints;
  readonly bounds: Bounds;
  readonly prefectureBounds: ReadonlyMap<string, Bounds>;
}

/** The bounds of a whole collection. */
function collectionBounds(collection: {
  features: readonly { geometry: { type: string; coordinates: unknown } }[];
}): Bounds {
  return unionBounds(collection.features.map((f) => geometryBounds(f.geometry)));
}

/** Loads and registers the prefecture map and measures it. */
async function measureProvince(): Promise<ProvinceGeometry> {
  const [, henan] = await Promise.all([ensureHenanMap(), loadHenan()]);
  const prefectureBounds = new Map(
    henan.features.map((f) => [f.properties.adcode, geometryBounds(f.geometry)]),
  );
  return {
    labelPoints: new Map(henan.features.map((f) => [f.properties.adcode, f.properties.cp])),
    bounds: unionBounds(prefectureBounds.values()),
    prefectureBounds,
  };
}

let provincePending: Promise<ProvinceGeometry> | null = null;
let provinceLoaded: ProvinceGeometry | null = null;

/**
 * Loads, registers and measures the prefecture map once; main.tsx starts it before React renders. A failure is
 * forgotten, so 重试 downloads it again.
 */
export function loadProvinceGeometry(): Promise<ProvinceGeometry> {
  if (!provincePending) {
    const pending = measureProvince();
    provincePending = pending;
    pending.then(
      (geometry) => {
        provinceLoaded = geometry;
      },
      () => {
        if (provincePending === pending) provincePending = null;
      },
    );
  }
  return provincePending;
}

/** True once the prefecture map is loaded and measured: a map rendered now draws at once. */
export function provinceGeometryLoaded(): boolean {
  return provinceLoaded !== null;
}

/** The prefecture map, loaded and registered; `retry` loads it again after a failure. */
export function useProvinceGeometry() {
  // Already there when main.tsx's head start paid off: the first render draws the map, not a loading message.
  const { value, failed, retry } = useRetryableLoad(
    HENAN_MAP,
    loadProvinceGeometry,
    'Map geometry',
    () => provinceLoaded,
  );
  return { geometry: value, failed, retry };
}

/** One prefecture's counties, registered with ECharts and described for the drill model. */
export interface LoadedCounties {
  readonly prefecture: string;
  readonly shapes: readonly CountyShape[];
  /** The county map's bounds: what ECharts fits into the frame. */
  readonly bounds: Bounds;
}

const shapesCache = new Map<string, Promise<LoadedCounties>>();
// What has arrived, for a drill to draw at once (without a frame of the province while a promise settles).
const shapesLoaded = new Map<string, LoadedCounties>();

/** Loads (once) and registers a prefecture's county map; also the hover prefetch. */
export function loadCountyShapes(prefecture: string): Promise<LoadedCounties> {
  let pending = shapesCache.get(prefecture);
  if (!pending) {
    pending = Promise.all([ensureCountyMap(prefecture), loadCounties(prefecture)]).then(([, collection]) => ({
      prefecture,
      bounds: collectionBounds(collection),
      shapes: collection.features.map((f) => ({
        code: f.properties.adcode,
        name: f.properties.name,
        coord: featureCentroid(f),
        area: geoArea(f),
      })),
    }));
    pending.then(
      (loaded) => shapesLoaded.set(prefecture, loaded),
      () => shapesCache.delete(prefecture),
    );
    shapesCache.set(prefecture, pending);
  }
  return pending;
}

/**
 * The counties of the prefecture to drill into: null until they are loaded (never another prefecture's, so the
 * map cannot show one place under another's name). Counties loaded before, or fetched ahead on hover, are there
 * at once.
 */
export function useCountyShapes(prefecture: string | null) {
  const { value, failed, retry } = useRetryableLoad(
    prefecture,
    loadCountyShapes,
    'County geometry',
    (code) => shapesLoaded.get(code) ?? null,
  );
  return { counties: value, failed, retry };
}
