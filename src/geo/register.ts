// Registers maps with ECharts once each; every chart that draws one awaits its ensure… call first.
// Regions are keyed by adcode: charts name their regions with `nameProperty: REGION_KEY`.
import { registerMap } from 'echarts/core';
import { loadCounties, loadHenan } from './load';

/** The name the Henan prefecture map is registered under (series `map` / geo `map`). */
export const HENAN_MAP = 'henan';

/** The GeoJSON property ECharts names regions by (`geo.nameProperty`): the 6-digit adcode. */
export const REGION_KEY = 'adcode';

/** The name one prefecture's county map is registered under, e.g. 'counties-411500'. */
export function countyMapName(prefectureCode: string): string {
  return `counties-${prefectureCode}`;
}

const registered = new Map<string, Promise<void>>();

function registerOnce(name: string, load: () => Promise<Parameters<typeof registerMap>[1]>): Promise<void> {
  let pending = registered.get(name);
  if (!pending) {
    pending = load().then(
      (geoJson) => registerMap(name, geoJson),
      (error: unknown) => {
        // Let a later call retry (e.g. after a failed chunk download) instead of failing forever.
        registered.delete(name);
        throw error;
      },
    );
    registered.set(name, pending);
  }
  return pending;
}

/** Loads henan.json and registers it as HENAN_MAP; later calls share the first call's promise. */
export function ensureHenanMap(): Promise<void> {
  return registerOnce(HENAN_MAP, loadHenan);
}

/** Loads one prefecture's counties and registers them as countyMapName(code); shared like ensureHenanMap. */
export function ensureCountyMap(prefectureCode: string): Promise<void> {
  return registerOnce(countyMapName(prefectureCode), () => loadCounties(prefectureCode));
}
