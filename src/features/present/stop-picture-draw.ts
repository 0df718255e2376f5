// Draws a stop's map as a still SVG picture, with ECharts' server-side renderer: no live chart, no canvas, nothing
// that runs in the page. This module brings ECharts, so only the picture's lazy chunk imports it.
import { sceneMapOption, sceneMapShapes } from '../../charts/map/scene-map-option';
import type { MapFrame } from '../../charts/map/scene-map-option';
import type { PrefectureCollection } from '../../geo';
import { registerMaps } from '../../lib/echarts';
import { echarts } from '../../lib/echarts-lazy-parts';
import type { ChartTheme } from '../../lib/theme';
import type { MapScene } from '../../state/scene';

/**
 * The box a picture is drawn in: the screen's map area (16:9) at a console's size, its names at about the size
 * the screen's are in proportion (a 1080p screen's 19 px names over a map area some 1300 px wide).
 */
export const PICTURE_FRAME: MapFrame = { width: 640, height: 360, fontSize: 11 };

/** The SVG document of the scene's map in `theme`, as the screen draws it (without animation). */
export function drawStopPicture(map: MapScene, theme: ChartTheme, henan: PrefectureCollection): string {
  registerMaps(sceneMapShapes(map, henan));
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: PICTURE_FRAME.width,
    height: PICTURE_FRAME.height,
  });
  try {
    chart.setOption({
      ...sceneMapOption(map, theme, PICTURE_FRAME, { animation: false }),
      backgroundColor: theme.background,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
