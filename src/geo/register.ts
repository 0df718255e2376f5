// Registers maps with ECharts once each; every chart that draws one awaits its ensure… call first.
// Regions are keyed by adcode: charts name their regions with `nameProperty: REGION_KEY`.
// ECharts itself is not imported here: the entry loads and measures geometry before ECharts has come (on a phone
// the map chart is made only when touched). src/lib/echarts.ts hands over ECharts' registerMap when it loads, and
// every map loaded until then is registered at that moment, before any chart can draw it.
import { loadCounties, loadHenan } from './load';

/** The name the Henan prefecture map is registered under (series `map` / geo `map`). */
export const HENAN_MAP = 'henan';

/** The GeoJSON property ECharts names regions by (`geo.nameProperty`): the 6-digit adcode. */
export const REGION_KEY = 'adcode';

/** The name one prefecture's county map is registered under, e.g. 'counties-411500'. */
export function countyMapName(prefectureCode: string): string {
  return `counties-${prefectureCode}`;
}

type GeoJson = Awaited<ReturnType<typeof loadHenan>> | Awaited<ReturnType<typeof loadCounties>>;
/** ECharts' registerMap, as src/lib/echarts.ts hands it over. */
export type MapRegistrar = (name: string, geoJson: never) => void;

let registrar: MapRegistrar | null = null;
/** Maps loaded before ECharts came, registered when it does. */
const waiting = new Map<string, GeoJson>();

/** ECharts has loaded: every map loaded so far is registered now, later ones as they arrive. */
export function provideMapRegistrar(register: MapRegistrar): void {
  registrar = register;
  for (const [name, geoJson] of waiting) register(name, geoJson as never);
  waiting.clear();
}

function register(name: string, geoJson: GeoJson): void {
  if (registrar) registrar(name, geoJson as never);
  else waiting.set(name, geoJson);
}

const registered = new Map<string, Promise<void>>();

function registerOnce(name: string, load: () => Promise<GeoJson>): Promise<void> {
  let pending = registered.get(name);
  if (!pending) {
    pending = load().then(
      (geoJson) => register(name, geoJson),
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
