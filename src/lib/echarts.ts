// The one place that registers ECharts parts: only what the dashboard draws is bundled.
import { MapChart } from 'echarts/charts';
import type {
  BarSeriesOption,
  HeatmapSeriesOption,
  MapSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import { GeoComponent, VisualMapPiecewiseComponent } from 'echarts/components';
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
echarts.use([MapChart, ScatterOnGeo, GeoComponent, VisualMapPiecewiseComponent, CanvasRenderer]);

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

/** Charts that want to hear when more parts are registered: they apply their option again to use them. */
const partsListeners = new Set<() => void>();

/** Calls `listener` whenever parts are added later (the tooltip); returns the unsubscribe. */
export function onPartsAdded(listener: () => void): () => void {
  partsListeners.add(listener);
  return () => void partsListeners.delete(listener);
}

/** The later parts registered so far, by the option key they serve (`tooltip`). */
const laterParts = new Set<string>();

/** Whether the part serving this option key has been registered (the first screen draws without the tooltip). */
export const laterPartRegistered = (key: string): boolean => laterParts.has(key);

/** Registers more parts, serving the option key `key`, and tells the charts already drawn. */
export function addLaterParts(key: string, parts: Parameters<typeof echarts.use>[0]): void {
  echarts.use(parts);
  laterParts.add(key);
  for (const listener of partsListeners) listener();
}

let tooltips: Promise<unknown> | null = null;

/**
 * The tooltip (and the axis pointer it installs: 20 KB gzip) is not needed for the first picture: it loads, in a
 * chunk of its own, once a chart with a tooltip has drawn; the charts then apply their options again and the
 * tooltip is there. A failed download is tried again by the next chart.
 */
export function loadTooltips(): Promise<unknown> {
  tooltips ??= import('./echarts-tooltip').then(
    ({ TOOLTIP_PARTS }) => addLaterParts('tooltip', TOOLTIP_PARTS),
    (error: unknown) => {
      tooltips = null;
      throw error;
    },
  );
  return tooltips;
}

export { echarts };
