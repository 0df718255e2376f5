// The statistics charts, by registry name. Kept free of ECharts and React so the app shell can name the
// charts (for export buttons and the whole-dashboard image) without pulling the lazy charts chunk forward.

/** One statistics chart: its registry name, heading, what it counts, and its short name in file names. */
export interface StatChart {
  readonly name: string;
  readonly heading: string;
  readonly note: string;
  readonly fileLabel: string;
  /** Height (CSS px) of the chart in the whole-dashboard image. */
  readonly dashboardHeight: number;
  /** Height (CSS px) it is drawn at for paper, PAPER_CHART_WIDTH wide (the four share page 2 of a print). */
  readonly paperHeight: number;
}

export const STAT_CHARTS: readonly StatChart[] = [
  {
    name: 'category',
    heading: '按类别',
    note: '按主类别和兼属类别计数，一项可计入多个类别',
    fileLabel: '类别',
    dashboardHeight: 360,
    paperHeight: 210,
  },
  {
    name: 'level',
    heading: '按层级',
    note: '省级、市级、县级项目数',
    fileLabel: '层级',
    dashboardHeight: 300,
    paperHeight: 210,
  },
  {
    name: 'prefecture',
    heading: '按省辖市',
    note: '各省辖市市级、县级项目数（由多到少）；省级项目单列，不计入郑州',
    fileLabel: '省辖市',
    dashboardHeight: 560,
    paperHeight: 330,
  },
  {
    name: 'level-category',
    heading: '层级 × 类别',
    note: '每格为该层级中计入该类别（主类别或兼属类别）的项目数',
    fileLabel: '层级类别',
    dashboardHeight: 420,
    paperHeight: 330,
  },
];
