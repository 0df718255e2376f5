// The one place that registers ECharts parts: only what the dashboard draws is bundled. This module loads with
// the live map chart (src/features/map/map-chart.tsx), never with the entry.
import { MapChart, ScatterChart } from 'echarts/charts';
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
import { provideMapRegistrar } from '../geo/register';
import type { MapRegistrar } from '../geo/register';

// The statistics charts and the SVG export register their parts in echarts-lazy-parts.ts, which only their lazy
// chunks import: the map chart does not pay for bar charts, the legend or the SVG renderer.
echarts.use([MapChart, ScatterChart, GeoComponent, VisualMapPiecewiseComponent, CanvasRenderer]);
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
