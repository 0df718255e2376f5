// The one place that registers ECharts parts: only what the dashboard draws is bundled.
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

// The statistics charts and the SVG export register their parts in echarts-lazy-parts.ts, which only lazy
// chunks import: the first screen (the map) does not pay for bar charts, axes or the SVG renderer.
echarts.use([
  MapChart,
  ScatterChart,
  GeoComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
]);

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
