// The live map chart, in its own chunk with ECharts: the first screen shows the prerendered static map, and a
// phone makes the chart only when the map is touched (map-panel.tsx).
import type { ComponentProps } from 'react';
import { EChart } from '../../components/ui/echart';
import type { ChartMap } from '../../geo';
import { registerMaps } from '../../lib/echarts';

interface MapChartProps extends ComponentProps<typeof EChart> {
  /** The maps the option draws, registered with ECharts before it does. */
  readonly maps: readonly ChartMap[];
}

/** The chart, given the shapes it draws: its geometry is an input, like its option. */
export function MapChart({ maps, ...chart }: MapChartProps) {
  registerMaps(maps);
  return <EChart {...chart} />;
}
