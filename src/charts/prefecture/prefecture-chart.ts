import { defineChart, listCounts } from '../chart-descriptor';
import { stepsBack } from '../chart-style';
import { countSeries } from '../deck-spec';
import { buildPrefectureOption, PROVINCE_BAR_ID } from './build-prefecture-option';
import { countByPrefecture, PROVINCE_BAR_LABEL } from './prefecture-counts';
import type { PrefectureCounts } from './prefecture-counts';

const summary = (counts: PrefectureCounts) =>
  `按省辖市的项目数：省级 ${counts.province.count} 项（单列），${listCounts(
    counts.prefectures.map((p) => ({ label: p.name, count: p.count })),
  )}`;

/**
 * 按省辖市: the 18 divisions by their city- and county-level projects, most first, and 省级 apart (never
 * Zhengzhou's); a click on a division toggles it as the region, on 省级 shows the province-level projects.
 */
export const PREFECTURE_CHART = defineChart({
  name: 'prefecture',
  heading: '按省辖市',
  note: '各省辖市市级、县级项目数（由多到少）；省级项目单列，不计入郑州',
  fileLabel: '省辖市',
  screenHeight: 36,
  dashboardHeight: 560,
  paperHeight: 330,
  count: countByPrefecture,
  buildOption: buildPrefectureOption,
  // 省级 first (apart, never Zhengzhou's), then the prefectures as the chart sorts them.
  table: (counts) => ({
    caption: '按省辖市的项目数（省级单列）',
    columns: ['地区', '项目数'],
    rows: [
      [PROVINCE_BAR_LABEL, counts.province.count],
      ...counts.prefectures.map((p) => [p.name, p.count] as const),
    ],
  }),
  summary,
  deckSlide: (counts, theme) => ({
    kind: 'chart',
    direction: 'bar',
    stacked: false,
    categoryTitle: '地区',
    categories: [PROVINCE_BAR_LABEL, ...counts.prefectures.map((p) => p.name)],
    series: [
      countSeries(
        [counts.province.count, ...counts.prefectures.map((p) => p.count)],
        [theme.province, ...counts.prefectures.map(() => theme.accent)],
      ),
    ],
    dimmed: stepsBack([counts.province.selected, ...counts.prefectures.map((p) => p.selected)]),
    altText: summary(counts),
  }),
  // Bars are sorted by count: a bar's division is the one at its place in these counts, the ones drawn.
  click: (counts, { seriesId, dataIndex }, state) => {
    if (seriesId === PROVINCE_BAR_ID) return state.showProvinceLevel();
    const code = counts.prefectures[dataIndex ?? -1]?.code;
    if (code) state.toggleRegion(code);
  },
});
