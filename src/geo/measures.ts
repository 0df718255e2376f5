// What the province map's layout needs from its geometry, measured once when the geometry is built (scripts/
// build-geo.ts writes data/geo/henan-measures.json): a screen lays out the map, its labels and the drill's camera
// from these 1.3 KB, and downloads the shapes (55 KB gzip) only for the chart that draws them.
import type { Bounds } from './bounds';
import { geometryBounds, unionBounds } from './bounds';

/** henan-measures.json: per prefecture code, its label point ([lon, lat]) and its bounds. */
export interface HenanMeasures {
  readonly labelPoints: Readonly<Record<string, readonly [number, number]>>;
  readonly prefectureBounds: Readonly<Record<string, Bounds>>;
}

/** Measures the prefecture map (the build's step, and the test that the shipped file matches the map). */
export function measureHenan(henan: {
  readonly features: readonly {
    readonly properties: { readonly adcode: string; readonly cp: readonly [number, number] };
    readonly geometry: { readonly type: string; readonly coordinates: unknown };
  }[];
}): HenanMeasures {
  return {
    labelPoints: Object.fromEntries(henan.features.map((f) => [f.properties.adcode, f.properties.cp])),
    prefectureBounds: Object.fromEntries(
      henan.features.map((f) => [f.properties.adcode, geometryBounds(f.geometry)]),
    ),
  };
}

/** The province's bounds: all its prefectures'. */
export const provinceBounds = (measures: HenanMeasures): Bounds =>
  unionBounds(Object.values(measures.prefectureBounds));
