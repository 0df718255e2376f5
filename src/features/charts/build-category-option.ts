import type { ECOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { CATEGORY_COUNT_NAMES } from '../../state/chart-data';
import type { CategoryCount } from '../../state/chart-data';
import { baseOption, countAxis, dimmed } from './chart-style';
import type { ChartLook } from './chart-style';

/** Series ids, so click handlers and tests can tell the two parts of a bar apart. */
export const PRIMARY_SERIES_ID = 'primary';
export const SECONDARY_SERIES_ID = 'secondary';

/**
 * Projects by category: one bar per category, split into projects with it as primary category and those with it
 * as a secondary one (a tag), so the legend itself says that a project may count under several categories.
 */
export function buildCategoryOption(counts: readonly CategoryCount[], look: ChartLook): ECOption {
  const { theme } = look;
  const fontSize = look.fontSize ?? 14;
  const anySelected = counts.some((c) => c.selected);
  return {
    ...baseOption(look, (item) => {
      const index = item.dataIndex ?? -1;
      const c = counts[index];
      if (!c) return '';
      return `<div class="tt-head">${escapeHtml(c.label)}</div>共 ${c.total} 项：主类别 ${c.primary} 项，兼属 ${c.secondary} 项`;
    }),
    legend: {
      top: 0,
      left: 0,
      itemWidth: 14,
      itemHeight: 14,
      textStyle: { color: theme.text, fontSize },
      selectedMode: false,
    },
    grid: { left: 8, right: 40, top: fontSize * 2.6, bottom: 8 },
    xAxis: countAxis(look),
    yAxis: {
      type: 'category',
      inverse: true,
      data: counts.map((c) => c.label),
      axisTick: { show: false },
      axisLabel: { color: theme.text, fontSize, fontWeight: 500 },
    },
    series: [
      {
        id: PRIMARY_SERIES_ID,
        name: CATEGORY_COUNT_NAMES.primary,
        type: 'bar',
        stack: 'projects',
        barMaxWidth: 30,
        itemStyle: { color: theme.accent },
        data: counts.map((c) => ({ value: c.primary, itemStyle: dimmed(anySelected, c.selected) })),
      },
      {
        id: SECONDARY_SERIES_ID,
        name: CATEGORY_COUNT_NAMES.secondary,
        type: 'bar',
        stack: 'projects',
        barMaxWidth: 30,
        itemStyle: { color: theme.ramp[1] },
        // The total sits at the end of the whole bar.
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontSize,
          fontWeight: 600,
          formatter: (params) => {
            const c = counts[(params as { dataIndex?: number }).dataIndex ?? -1];
            return c ? `${c.total} 项` : '';
          },
        },
        data: counts.map((c) => ({ value: c.secondary, itemStyle: dimmed(anySelected, c.selected) })),
      },
    ],
  };
}
