// The geometry: the province's layout (measured at build time), and each prefecture's counties as a resource of
// the app's one cache, measured once; what has arrived is there at once for a render.
import type { Bounds } from './bounds';
import { geometryBounds, unionBounds } from './bounds';
import { COUNTY_MAP_PREFECTURES, loadCounties } from './load';
import type { CountyCollection } from './load';
import { resourceFamily } from '../lib/resource-cache';
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

/** What the province map's layout needs from its geometry (its shapes come with the chart). */
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

const measures = henanMeasures as unknown as HenanMeasures;
const PROVINCE: ProvinceGeometry = Object.freeze({
  labelPoints: new Map(Object.entries(measures.labelPoints)),
  bounds: provinceBounds(measures),
  prefectureBounds: new Map(Object.entries(measures.prefectureBounds)),
});

/**
 * The prefecture map's layout, from the measures made when the geometry was built (data/geo/henan-measures.json,
 * part of the entry): there at once, for the first render. Its shapes come with the chart.
 */
export function provinceGeometry(): ProvinceGeometry {
  return PROVINCE;
}

/** One prefecture's counties, as the drill model and the chart need them. */
export interface LoadedCounties {
  readonly prefecture: string;
  readonly shapes: readonly CountyShape[];
  /** The county map's bounds: what ECharts fits into the frame. */
  readonly bounds: Bounds;
  /** The shapes themselves, for the chart to register under countyMapName(prefecture) before it draws them. */
  readonly geoJson: CountyCollection;
}

/**
 * Each prefecture's counties as a resource of the cache (src/state/resources.tsx): loaded on first use (a drill,
 * or ahead of one on hover), measured once; undefined for a code that is not one of the 18.
 */
export const countyShapes = resourceFamily(
  'counties',
  COUNTY_MAP_PREFECTURES,
  async (prefecture): Promise<LoadedCounties> => {
    const [collection, { describeCounties }] = await Promise.all([
      loadCounties(prefecture),
      import('./centroid'),
    ]);
    return {
      prefecture,
      bounds: collectionBounds(collection),
      shapes: describeCounties(collection.features),
      geoJson: collection,
    };
  },
);
