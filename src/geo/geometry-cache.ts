// The geometry cache: the province's layout (measured at build time), and each prefecture's counties loaded,
// registered with ECharts and measured once; what has arrived is there at once for a render. The React hooks over it are in src/features/map/use-map-geometry.ts.
import type { Bounds } from './bounds';
import { geometryBounds, unionBounds } from './bounds';
import { loadCounties } from './load';
import { ensureCountyMap } from './register';
import { provinceBounds } from './measures';
import type { HenanMeasures } from './measures';
import henanMeasures from '../../data/geo/henan-measures.json';

/** Prefecture label points ([lon, lat]) by prefecture code. */
export type LabelPoints = ReadonlyMap<string, readonly [number, number]>;

/** A county or district as the geometry gives it: code, name, where its name goes, and its size. */
export interface CountyShape {
  readonly code: string;
  readonly name: string;
  /** Label point [lon, lat]. */
  readonly coord: readonly [number, number];
  /** Area in steradians (only the order matters): larger counties keep their names first. */
  readonly area: number;
}

/** What the province map's layout needs from its geometry (its shapes come with the chart: ensureHenanMap). */
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

let province: ProvinceGeometry | null = null;

/**
 * The prefecture map's layout, from the measures made when the geometry was built (data/geo/henan-measures.json,
 * part of the entry): there at once, for the first render. Its shapes come with the chart (ensureHenanMap).
 */
export function provinceGeometry(): ProvinceGeometry {
  if (!province) {
    const measures = henanMeasures as unknown as HenanMeasures;
    province = {
      labelPoints: new Map(Object.entries(measures.labelPoints)),
      bounds: provinceBounds(measures),
      prefectureBounds: new Map(Object.entries(measures.prefectureBounds)),
    };
  }
  return province;
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
    pending = Promise.all([ensureCountyMap(prefecture), loadCounties(prefecture), import('./centroid')]).then(
      ([, collection, { describeCounties }]) => ({
        prefecture,
        bounds: collectionBounds(collection),
        shapes: describeCounties(collection.features),
      }),
    );
    pending.then(
      (loaded) => shapesLoaded.set(prefecture, loaded),
      () => shapesCache.delete(prefecture),
    );
    shapesCache.set(prefecture, pending);
  }
  return pending;
}

/** A prefecture's counties if they have arrived, else null. */
export function loadedCountyShapes(prefecture: string): LoadedCounties | null {
  return shapesLoaded.get(prefecture) ?? null;
}
