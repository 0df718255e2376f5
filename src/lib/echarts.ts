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
import { provideMapRegistrar } from '../geo/register';
import type { MapRegistrar } from '../geo/register';

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
// The maps loaded before ECharts came (the entry loads the province's) are registered now, later ones on arrival.
provideMapRegistrar(echarts.registerMap as MapRegistrar);

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
