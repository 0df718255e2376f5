import { loadHenan } from '../../geo';
import type { PrefectureCollection } from '../../geo';
import { resource } from '../../lib/resource-cache';

/** What the console's stop pictures are drawn with: the drawing chunk (ECharts with it) and the province. */
export interface StopPictureDrawer {
  readonly draw: typeof import('./stop-picture-draw').drawSvg;
  readonly henan: PrefectureCollection;
}

/**
 * The drawing chunk and the province's shapes, as one resource of the app's cache: asked for when a picture is
 * first shown, so the console's own chunk stays free of ECharts. A failure stays (the picture says so, and its
 * 重试 loads again).
 */
export const stopPictureDrawer = resource('stop-picture-drawer', async (): Promise<StopPictureDrawer> => {
  const [module, henan] = await Promise.all([import('./stop-picture-draw'), loadHenan()]);
  return { draw: module.drawSvg, henan };
});
