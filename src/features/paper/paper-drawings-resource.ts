import { loadHenan } from '../../geo';
import type { PrefectureCollection } from '../../geo';
import { resource } from '../../lib/resource-cache';

/** The report's drawings chunk and the province's shapes its map draws. */
export interface PaperDrawings {
  readonly Map: typeof import('./paper-drawings').PaperMap;
  readonly Charts: typeof import('./paper-drawings').PaperCharts;
  readonly henan: PrefectureCollection;
}

/**
 * The report's drawings as one resource of the app's cache: loaded when the page is idle after its first map (so a
 * print from the browser's menu finds them), and by Ctrl+P, which waits for them.
 */
export const paperDrawings = resource('paper-drawings', async (): Promise<PaperDrawings> => {
  const [module, henan] = await Promise.all([import('./paper-drawings'), loadHenan()]);
  return { Map: module.PaperMap, Charts: module.PaperCharts, henan };
});
