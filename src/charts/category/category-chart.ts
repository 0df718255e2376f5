import { defineChart, listCounts } from '../chart-descriptor';
import { stepsBack } from '../chart-style';
import type { ChartSeries } from '../deck-spec';
import { buildCategoryOption } from './build-category-option';
import { CATEGORY_COUNT_NAMES, countByCategory } from './category-counts';
import type { CategoryCount } from './category-counts';

const summary = (counts: readonly CategoryCount[]) =>
  `按类别的项目数（主类别与兼属类别合计）：${listCounts(counts.map((c) => ({ label: c.label, count: c.total })))}`;

/** 按类别: primary and secondary category stacked in one bar per category; a click toggles that category. */
export const CATEGORY_CHART = defineChart({
  name: 'category',
  heading: '按类别',
  note: '按主类别和兼属类别计数，一项可计入多个类别',
  fileLabel: '类别',
  screenHeight: 24,
  dashboardHeight: 360,
  paperHeight: 210,
  count: countByCategory,
  buildOption: buildCategoryOption,
  table: (counts) => ({
    caption: '按类别的项目数',
    columns: [
      '类别',
      CATEGORY_COUNT_NAMES.primary,
      CATEGORY_COUNT_NAMES.secondary,
      CATEGORY_COUNT_NAMES.total,
    ],
    rows: counts.map((c) => [c.label, c.primary, c.secondary, c.total]),
  }),
  summary,
  // The total is a third series drawn without bars (office charts label a stack only per series), so the chart
  // data reads like the table: 类别, 主类别, 兼属类别, 合计.
  deckSlide: (counts, theme) => {
    const part = (name: string, colour: string, values: number[]): ChartSeries => ({
      name,
      values,
      colour,
      labelled: false,
      inLegend: true,
    });
    return {
      kind: 'chart',
      direction: 'bar',
      stacked: true,
      categoryTitle: '类别',
      categories: counts.map((c) => c.label),
      series: [
        part(
          CATEGORY_COUNT_NAMES.primary,
          theme.accent,
          counts.map((c) => c.primary),
        ),
        part(
          CATEGORY_COUNT_NAMES.secondary,
          theme.ramp[1] ?? theme.accent,
          counts.map((c) => c.secondary),
        ),
        {
          name: CATEGORY_COUNT_NAMES.total,
          values: counts.map((c) => c.total),
          colour: null,
          labelled: true,
          inLegend: false,
        },
      ],
      dimmed: stepsBack(counts.map((c) => c.selected)),
      altText: summary(counts),
    };
  },
  // Both parts of a bar toggle its category, as the category chip does.
  click: (counts, { dataIndex }, state) => {
    const category = counts[dataIndex ?? -1];
    if (category) state.toggleCategory(category.key);
  },
});
