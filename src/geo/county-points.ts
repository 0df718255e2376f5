// Every county's name and centroid, made by scripts/build-geo.ts from the county shapes. It is small (≈ 3 KB
// gzip) and part of the first screen: county pins and county names never wait for a county shape download.
import rows from '../../data/geo/county-points.json';

/** A county's name (from the geometry) and its centroid [lon, lat], where its pin goes. */
export interface CountyPoint {
  readonly name: string;
  readonly coord: readonly [number, number];
}

/** All of Henan's counties and districts, by adcode. */
export const COUNTY_POINTS: ReadonlyMap<string, CountyPoint> = new Map(
  rows.map((row) => [row.adcode, { name: row.name, coord: [row.centroid[0]!, row.centroid[1]!] as const }]),
);

/** The geometry's name for a county code; undefined for no county (null) or a code that is not one of Henan's. */
export function countyName(code: string | null): string | undefined {
  return code === null ? undefined : COUNTY_POINTS.get(code)?.name;
}
