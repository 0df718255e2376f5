// Registers the Henan map with ECharts once; every chart that draws it awaits ensureHenanMap first.
import { registerMap } from 'echarts/core';
import { loadHenan } from './load';

/** The name the Henan prefecture map is registered under (series `map` / geo `map`). */
export const HENAN_MAP = 'henan';

let registered: Promise<void> | null = null;

/** Loads henan.json and registers it as HENAN_MAP; later calls share the first call's promise. */
export function ensureHenanMap(): Promise<void> {
  registered ??= loadHenan().then(
    (geoJson) => registerMap(HENAN_MAP, geoJson),
    (error: unknown) => {
      // Let a later call retry (e.g. after a failed chunk download) instead of failing forever.
      registered = null;
      throw error;
    },
  );
  return registered;
}
