import { loadHenan } from '../../geo';
import type { PrefectureCollection } from '../../geo';
import { resource } from '../../lib/resource-cache';

/** The live map chart's chunk (ECharts with it) and the province's shapes it draws. */
export interface MapChartParts {
  readonly Chart: typeof import('./map-chart').MapChart;
  readonly henan: PrefectureCollection;
}

/**
 * The chart's chunk and the province's shapes, as one resource of the app's cache: main.tsx starts it early
 * wherever the chart is made at once; a phone, when the map is touched. A failure stays in the cache (the map
 * panel says so, and its 重试 loads again).
 */
export const mapChartParts = resource('map-chart', async (): Promise<MapChartParts> => {
  const [module, henan] = await Promise.all([import('./map-chart'), loadHenan()]);
  return { Chart: module.MapChart, henan };
});
