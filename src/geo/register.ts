// The names charts draw maps under. Regions are keyed by adcode: charts name their regions with
// `nameProperty: REGION_KEY`. Registering a map with ECharts is the chart's own step (src/lib/echarts.ts,
// registerMaps), just before it draws: the geometry is an input of the chart, held by the app's resource cache.
import type { CountyCollection, PrefectureCollection } from './load';

/** The name the Henan prefecture map is registered under (series `map` / geo `map`). */
export const HENAN_MAP = 'henan';

/** The GeoJSON property ECharts names regions by (`geo.nameProperty`): the 6-digit adcode. */
export const REGION_KEY = 'adcode';

/** The name one prefecture's county map is registered under, e.g. 'counties-411500'. */
export function countyMapName(prefectureCode: string): string {
  return `counties-${prefectureCode}`;
}

/** A map a chart draws: the name its option uses and the shapes behind it. */
export interface ChartMap {
  readonly name: string;
  readonly geoJson: PrefectureCollection | CountyCollection;
}
