// What an export draws comes from the scene, as the page's surfaces do: the words, the map's option, the list.
// Nothing is read back from a live chart, so a phone's map that was never touched exports as well as a desktop's,
// and no export can show another place, year or filter than the page.
import { countyShapes } from '../../geo';
import type { ResourceCache } from '../../lib/resource-cache';
import type { ReadyScene } from '../../state/scene';
import { currentScene } from '../../state/use-scene';
import { ExportError, useExportStatus } from './export-status';

/** How long an export waits for a county map still loading before it exports what is drawn (a hanging download). */
export const SETTLE_LIMIT_MS = 15_000;

/** The scene now, which must have its list (the page shows none without it). */
export function readyScene(cache: ResourceCache): ReadyScene {
  const scene = currentScene(cache);
  if (scene.status !== 'ready') throw new ExportError(`${scene.what}尚未加载，无法导出`);
  return scene;
}

/**
 * The scene an export draws, once the map draws what was chosen: a county map still loading is waited for (the
 * status line says so), up to SETTLE_LIMIT_MS; one that failed is exported as drawn, the province standing in,
 * and the words say so.
 */
export async function settledScene(cache: ResourceCache): Promise<ReadyScene> {
  const scene = readyScene(cache);
  const { missing, target } = scene.map;
  const shapes = target === null ? undefined : countyShapes(target);
  if (missing?.status !== 'loading' || !shapes) return scene;
  useExportStatus.getState().announce(`${missing.what}加载中，加载完成后导出……`);
  let timer = 0;
  await Promise.race([
    cache.load(shapes).catch(() => undefined),
    new Promise((resolve) => (timer = window.setTimeout(resolve, SETTLE_LIMIT_MS))),
  ]);
  window.clearTimeout(timer);
  return readyScene(cache);
}
