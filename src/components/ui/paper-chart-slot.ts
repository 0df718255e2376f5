import type { PaperChart } from './paper-chart';

let component: typeof PaperChart | null = null;

/**
 * The paper copy's component comes with ECharts, in the map chart's chunk: the entry, which prints the map, never
 * loads ECharts itself (a map that was never made has no paper copy either).
 */
export function providePaperChart(paperChart: typeof PaperChart): void {
  component = paperChart;
}

/** The paper copy's component once ECharts has loaded, else null. */
export const paperChartComponent = (): typeof PaperChart | null => component;
