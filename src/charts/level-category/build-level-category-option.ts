import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS } from '../../data';
import type { Category } from '../../data';
import type { ECOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import type { ChartTheme } from '../../lib/theme';
import type { LevelCategoryCell } from './level-category-counts';
import { baseOption } from '../chart-style';
import type { ChartLook } from '../chart-style';

// Counts map onto the theme's ramp like the map's legend: 0 empty, then 1, 2, 3, and the last step for more.
// ECharts colours heatmap cells through a visualMap (it refuses to draw a heatmap without one), kept hidden:
// the numbers are written in the cells.
function cellPieces(theme: ChartTheme) {
  const last = theme.ramp.length - 1;
  return [
    { value: 0, color: theme.areaEmpty },
    ...theme.ramp.slice(1, last).map((color, i) => ({ value: i + 1, color })),
    // `gte`, not `min`: ECharts reads a lone `min` as an open bound and would leave `last` itself uncoloured.
    { gte: last, color: theme.ramp[last] ?? theme.accent },
  ];
}

// Light text on the two darkest steps, the theme's text colour elsewhere.
function labelColour(count: number, theme: ChartTheme): string {
  return count >= theme.ramp.length - 2 ? '#ffffff' : theme.text;
}

// Long category names break between their words, never inside one (全过程 / 人民民主, not 全过程人 / 民民主).
const WRAPPED_LABELS: Partial<Record<Category, string>> = {
  democracy: '全过程\n人民民主',
  general: '综合与\n自身建设',
};

/** A category's axis label that fits a narrow column. */
export function categoryAxisLabel(category: Category): string {
  return WRAPPED_LABELS[category] ?? CATEGORY_LABELS[category];
}

/**
 * Level × category as a heatmap: one cell per pair, the count written in it. Chosen cells get a dark frame (not
 * dimming the others, which would wash out the numbers).
 */
export function buildLevelCategoryOption(cells: readonly LevelCategoryCell[], look: ChartLook): ECOption {
  const { theme } = look;
  const fontSize = look.fontSize ?? 14;
  return {
    ...baseOption(look, (item) => {
      const cell = cells[item.dataIndex ?? -1];
      if (!cell) return '';
      const heading = `${LEVEL_LABELS[cell.level]} · ${CATEGORY_LABELS[cell.category]}`;
      return `<div class="tt-head">${escapeHtml(heading)}</div>${cell.count} 项 · 点击筛选`;
    }),
    grid: { left: 8, right: 8, top: 8, bottom: 8 },
    xAxis: {
      type: 'category',
      data: CATEGORY_KEYS.map(categoryAxisLabel),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: theme.text, fontSize, fontWeight: 500, interval: 0, lineHeight: fontSize * 1.3 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: LEVEL_KEYS.map((k) => LEVEL_LABELS[k]),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: theme.text, fontSize, fontWeight: 500 },
    },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      seriesIndex: 0,
      pieces: cellPieces(theme),
    },
    series: [
      {
        id: 'cells',
        type: 'heatmap',
        label: { show: true, fontSize: fontSize * 1.15, fontWeight: 700, formatter: '{@[2]}' },
        data: cells.map((cell) => ({
          value: [CATEGORY_KEYS.indexOf(cell.category), LEVEL_KEYS.indexOf(cell.level), cell.count],
          itemStyle: {
            borderColor: cell.selected ? theme.text : theme.background,
            borderWidth: cell.selected ? 3 : 2,
          },
          label: { color: labelColour(cell.count, theme) },
        })),
      },
    ],
  };
}
