// Draws a chart as a still SVG document, with ECharts' server-side renderer: no live chart, no canvas, nothing
// that runs in the page. This module brings ECharts, so only the stop picture's lazy chunk imports it; the option
// is built beside the component (its builders are in the page already), so this chunk holds nothing else.
import type { ChartMap } from '../../geo';
import { registerMaps } from '../../lib/echarts';
import type { ECOption } from '../../lib/echarts';
import { echarts } from '../../lib/echarts-lazy-parts';
import { quoteFontFamilies } from '../../lib/svg-fonts';

/** The SVG document of `option` drawn in a width × height box (the maps it draws registered first); it parses. */
export function drawSvg(
  option: ECOption,
  maps: readonly ChartMap[],
  size: { readonly width: number; readonly height: number },
): string {
  registerMaps(maps);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    return quoteFontFamilies(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
