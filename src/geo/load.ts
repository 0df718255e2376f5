// Loads the generated maps in data/geo (see scripts/build-geo.ts). Both are dynamic imports, so the
// geometry stays out of the entry chunk and each prefecture's counties are fetched only when needed.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Properties of a prefecture in henan.json; `cp` is the label point ECharts reads. */
export type PrefectureProperties = { adcode: string; name: string; cp: [number, number] };

/** Properties of a county or district; `prefecture` is its prefecture's code. */
export type CountyProperties = { adcode: string; name: string; prefecture: string };

/** The 18 prefecture-level divisions, sorted by adcode. */
export type PrefectureCollection = FeatureCollection<Polygon | MultiPolygon, PrefectureProperties>;

/** One prefecture's counties and districts, sorted by adcode. */
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;

// One lazy chunk per prefecture, keyed by prefecture code.
const countyFiles = new Map(
  Object.entries(import.meta.glob<unknown>('../../data/geo/counties/*.json', { import: 'default' })).map(
    ([path, load]) => [path.replace(/^.*\/(\d+)\.json$/, '$1'), load],
  ),
);

/** The prefectures with a county map: all 18, by code. */
export const COUNTY_MAP_PREFECTURES: readonly string[] = [...countyFiles.keys()].sort();

/** Loads the prefecture map of Henan. */
export async function loadHenan(): Promise<PrefectureCollection> {
  const module = await import('../../data/geo/henan.json');
  // The JSON's inferred type says `type: string`; the build guarantees the GeoJSON shape.
  return module.default as unknown as PrefectureCollection;
}

/** Loads the counties of one prefecture; rejects for a code that is not one of the 18. */
export async function loadCounties(prefectureCode: string): Promise<CountyCollection> {
  const load = countyFiles.get(prefectureCode);
  if (!load) throw new Error(`No county map for prefecture ${prefectureCode}`);
  return (await load()) as CountyCollection;
}

/**
 * The prefecture a county code belongs to, or undefined. Codes share their first four digits with
 * the prefecture, except 济源 (419001), which is its own prefecture and only county.
 */
export function prefectureOfCounty(countyCode: string): string | undefined {
  if (countyFiles.has(countyCode)) return countyCode;
  const prefecture = `${countyCode.slice(0, 4)}00`;
  return /^\d{6}$/.test(countyCode) && countyFiles.has(prefecture) ? prefecture : undefined;
}
