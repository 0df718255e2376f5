// The one place that registers ECharts parts: only what the dashboard draws is bundled.
import { MapChart, ScatterChart } from 'echarts/charts';
import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import type {
  GeoComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

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
  | GeoComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export { echarts };
