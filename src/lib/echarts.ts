// The one place that registers ECharts parts: only what the dashboard draws is bundled. This module loads with
// the live map chart (src/features/map/map-chart.tsx), never with the entry.
import { MapChart, ScatterChart } from 'echarts/charts';
import type {
  BarSeriesOption,
  HeatmapSeriesOption,
  MapSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import type {
  GeoComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The statistics charts and the SVG export register their parts in echarts-lazy-parts.ts, which only their lazy
// chunks import: the map chart does not pay for bar charts, the legend or the SVG renderer.
echarts.use([
  MapChart,
  ScatterChart,
  GeoComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
]);

/**
 * Registers the maps a chart is about to draw, each once (ECharts keeps them by name). The geometry comes from
 * the app's resource cache with the chart's chunk (the province) or with a drill (a prefecture's counties).
 */
export function registerMaps(maps: readonly { readonly name: string; readonly geoJson: unknown }[]): void {
  for (const { name, geoJson } of maps) {
    if (!echarts.getMap(name))
      echarts.registerMap(name, geoJson as Parameters<typeof echarts.registerMap>[1]);
  }
}

/** The option type for every chart in the dashboard, limited to the registered parts. */
export type ECOption = ComposeOption<
  | MapSeriesOption
  | ScatterSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | GeoComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export { echarts };
