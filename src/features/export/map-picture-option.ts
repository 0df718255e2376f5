// The map's option for an exported picture (an image, the deck's map slide), drawn from the scene with ECharts,
// which this module brings: kept apart from export-scene.ts so that the list's exports never load ECharts.
import { sceneMapOption, sceneMapShapes } from '../../charts/map/scene-map-option';
import type { MapFrame } from '../../charts/map/scene-map-option';
import { loadHenan } from '../../geo';
import { registerMaps } from '../../lib/echarts';
import type { ECOption } from '../../lib/echarts';
import type { ChartTheme } from '../../lib/theme';
import type { ReadyScene } from '../../state/scene';

/** The map's option for a picture of the scene: in `theme`, laid out for `frame`, its shapes registered. */
export async function mapPictureOption(
  scene: ReadyScene,
  theme: ChartTheme,
  frame: MapFrame,
): Promise<ECOption> {
  registerMaps(sceneMapShapes(scene.map, await loadHenan()));
  return sceneMapOption(scene.map, theme, frame, { animation: false });
}
