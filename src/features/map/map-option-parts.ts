import type { ECOption } from '../../lib/echarts';
import type { ChartTheme } from '../../lib/theme';

/** The tooltip box shared by the province and the drilled map. */
export function mapTooltip(theme: ChartTheme, fontSize: number): ECOption['tooltip'] {
  return {
    trigger: 'item',
    confine: true,
    backgroundColor: theme.background,
    borderColor: theme.textMuted,
    textStyle: { color: theme.text, fontSize },
    extraCssText: 'max-width: 26em; white-space: normal; line-height: 1.5;',
  };
}

/** The colour legend (piecewise: 0, 1, 2, 3, 4 项及以上) shared by both maps; it colours series 0. */
export function mapLegend(maxCount: number, theme: ChartTheme, fontSize: number): ECOption['visualMap'] {
  return {
    type: 'piecewise',
    seriesIndex: 0,
    orient: 'vertical',
    // Sized from the font (20×14, gap 6 at 14 px) so the legend scales with presentation screens.
    left: Math.round(fontSize * 0.57),
    bottom: Math.round(fontSize * 0.57),
    itemWidth: Math.round(fontSize * 1.43),
    itemHeight: fontSize,
    itemGap: Math.round(fontSize * 0.43),
    textStyle: { color: theme.text, fontSize },
    text: undefined,
    pieces: [
      { value: 0, label: '0 项', color: theme.areaEmpty },
      ...Array.from({ length: Math.min(Math.max(2, maxCount), 4) }, (_, i) => ({
        // `gte`, not `min`: ECharts treats a lone `min` as an open bound, which would leave 4 uncoloured.
        ...(i + 1 < 4 ? { value: i + 1 } : { gte: 4 }),
        label: i + 1 < 4 ? `${i + 1} 项` : '4 项及以上',
        color: theme.ramp[Math.min(theme.ramp.length - 1, i + 1)],
      })),
    ],
  };
}

/** Where both maps sit in the chart: the same frame, so a drill can zoom from one into the other. */
export const MAP_LAYOUT = { aspectScale: 0.83, center: [0.52, 0.5], size: 0.96 } as const;

/** The geo component's layout options for MAP_LAYOUT. */
export const GEO_LAYOUT = {
  aspectScale: MAP_LAYOUT.aspectScale,
  layoutCenter: [`${MAP_LAYOUT.center[0] * 100}%`, `${MAP_LAYOUT.center[1] * 100}%`],
  layoutSize: `${MAP_LAYOUT.size * 100}%`,
};
