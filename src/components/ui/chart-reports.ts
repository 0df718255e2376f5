// Where charts report that they are on screen. Apart from echart.tsx so that the entry, which provides it
// (main.tsx), never pulls ECharts in: the chart comes in a chunk of its own.
import { createContext } from 'react';

/** A chart instance, opaque to everyone but automation (window.__charts in test builds). */
export type ReportedChart = object;

/** Told when a chart has drawn its first frame, and when it goes (the app keeps which charts are on screen). */
export interface ChartReports {
  drawn: (name: string, chart: ReportedChart) => void;
  gone: (name: string, chart: ReportedChart) => void;
}

/** Where charts report to: the app provides it (main.tsx); without it, nobody listens. */
export const ChartReportsContext = createContext<ChartReports>({ drawn: () => {}, gone: () => {} });
