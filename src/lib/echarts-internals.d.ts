// ECharts' own modules behind `ScatterChart` (src/lib/echarts.ts registers them without the cartesian grid that
// `ScatterChart` adds). The package exports them (`./*`) but ships their types under types/src only.
declare module 'echarts/lib/chart/scatter/ScatterSeries.js' {
  const ScatterSeriesModel: unknown;
  export default ScatterSeriesModel;
}
declare module 'echarts/lib/chart/scatter/ScatterView.js' {
  const ScatterView: unknown;
  export default ScatterView;
}
declare module 'echarts/lib/layout/points.js' {
  export default function pointsLayout(seriesType: string): unknown;
}
