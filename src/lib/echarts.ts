// The one place that registers ECharts parts: only what the dashboard draws is bundled.
import { MapChart } from 'echarts/charts';
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
import ScatterSeriesModel from 'echarts/lib/chart/scatter/ScatterSeries.js';
import ScatterView from 'echarts/lib/chart/scatter/ScatterView.js';
import layoutPoints from 'echarts/lib/layout/points.js';

/** What `echarts.use` takes besides the parts' own installers: a function given ECharts' registers. */
type Installer = Extract<Parameters<typeof echarts.use>[0], (...args: never[]) => unknown>;

/**
 * The scatter series (the map's pins) without what `ScatterChart` also installs "in case developer forget to
 * include grid": the cartesian grid, its axes and axis builders, about 25 KB gzip that the first screen never uses
 * (its pins sit on the geo component). The statistics' bar charts bring the grid with them when they load.
 */
const ScatterOnGeo = ((registers: EChartsRegisters) => {
  registers.registerSeriesModel(ScatterSeriesModel);
  registers.registerChartView(ScatterView);
  registers.registerLayout(layoutPoints('scatter'));
}) as unknown as Installer;

interface EChartsRegisters {
  registerSeriesModel: (model: unknown) => void;
  registerChartView: (view: unknown) => void;
  registerLayout: (layout: unknown) => void;
}

// The statistics charts and the SVG export register their parts in echarts-lazy-parts.ts, which only lazy
// chunks import: the first screen (the map) does not pay for bar charts, axes or the SVG renderer.
echarts.use([
  MapChart,
  ScatterOnGeo,
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
