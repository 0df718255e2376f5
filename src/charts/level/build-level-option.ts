import type { ECOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { levelColour } from '../../state/chart-colours';
import type { LevelCount } from './level-counts';
import { baseOption, countAxis, dimmed } from '../chart-style';
import type { ChartLook } from '../chart-style';

/** Projects by level: three bars. */
export function buildLevelOption(counts: readonly LevelCount[], look: ChartLook): ECOption {
  const { theme } = look;
  const fontSize = look.fontSize ?? 14;
  const anySelected = counts.some((c) => c.selected);
  return {
    ...baseOption(look, (item) => {
      const c = counts[item.dataIndex ?? -1];
      return c ? `<div class="tt-head">${escapeHtml(c.label)}</div>${c.count} 项` : '';
    }),
    grid: { left: 8, right: 16, top: fontSize * 2, bottom: 8 },
    xAxis: {
      type: 'category',
      data: counts.map((c) => c.label),
      axisTick: { show: false },
      axisLabel: { color: theme.text, fontSize, fontWeight: 500 },
    },
    yAxis: countAxis(look),
    series: [
      {
        id: 'levels',
        type: 'bar',
        barMaxWidth: 72,
        label: {
          show: true,
          position: 'top',
          color: theme.text,
          fontSize,
          fontWeight: 600,
          formatter: '{c} 项',
        },
        data: counts.map((c) => ({
          value: c.count,
          itemStyle: { color: levelColour(c.key, theme), ...dimmed(anySelected, c.selected) },
        })),
      },
    ],
  };
}
