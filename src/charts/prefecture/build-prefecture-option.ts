import type { ECOption } from '../../lib/echarts';
import { escapeHtml } from '../../lib/escape-html';
import { PROVINCE_BAR_LABEL } from './prefecture-counts';
import type { PrefectureCounts } from './prefecture-counts';
import { baseOption, countAxis, dimmed } from '../chart-style';
import type { ChartLook } from '../chart-style';

/** Series ids: the province-level bar stands apart from the 18 divisions. */
export const PROVINCE_BAR_ID = 'province';
export const PREFECTURE_BARS_ID = 'prefectures';

/** The bars stay thinner than their row (two font sizes high), so neighbouring bars never touch. */
const BAR_MAX_WIDTH = 17;

// Both grids share one scale; a round maximum keeps the last tick from being an odd one (…, 10, 11).
function niceMax(max: number): number {
  return max <= 10 ? Math.max(2, Math.ceil(max / 2) * 2) : Math.ceil(max / 5) * 5;
}

/**
 * Projects by prefecture: the 18 divisions sorted by their city- and county-level projects, and above them, in
 * a grid of its own on the same scale, the province-level projects.
 */
export function buildPrefectureOption(counts: PrefectureCounts, look: ChartLook): ECOption {
  const { theme } = look;
  const fontSize = look.fontSize ?? 14;
  const anySelected = counts.province.selected || counts.prefectures.some((p) => p.selected);
  const max = niceMax(Math.max(counts.province.count, ...counts.prefectures.map((p) => p.count)));
  const labelWidth = Math.round(fontSize * (PROVINCE_BAR_LABEL.length + 1));
  const rowHeight = fontSize * 2;
  const valueLabel = {
    show: true,
    position: 'right' as const,
    color: theme.text,
    fontSize,
    fontWeight: 600,
    formatter: '{c} 项',
  };
  const categoryAxis = (data: string[], gridIndex: number) => ({
    type: 'category' as const,
    gridIndex,
    inverse: true,
    data,
    axisTick: { show: false },
    axisLabel: { color: theme.text, fontSize, fontWeight: 500, interval: 0 },
  });
  return {
    ...baseOption(look, (item) => {
      const { name, value } = item;
      const note = name === PROVINCE_BAR_LABEL ? '省人大各委员会、办公厅' : '市级、县级';
      return `<div class="tt-head">${escapeHtml(name ?? '')}</div>${escapeHtml(note)} ${escapeHtml(String(value))} 项`;
    }),
    // A fixed left margin that fits the longest label keeps the two grids' axes in line.
    grid: [
      { left: labelWidth, right: 48, top: 4, height: rowHeight },
      { left: labelWidth, right: 48, top: rowHeight + fontSize * 1.5, bottom: 8 },
    ],
    xAxis: [
      { ...countAxis(look), gridIndex: 0, max, show: false },
      { ...countAxis(look), gridIndex: 1, max },
    ],
    yAxis: [
      categoryAxis([PROVINCE_BAR_LABEL], 0),
      categoryAxis(
        counts.prefectures.map((p) => p.name),
        1,
      ),
    ],
    series: [
      {
        id: PROVINCE_BAR_ID,
        type: 'bar',
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: BAR_MAX_WIDTH,
        label: valueLabel,
        data: [
          {
            value: counts.province.count,
            itemStyle: { color: theme.province, ...dimmed(anySelected, counts.province.selected) },
          },
        ],
      },
      {
        id: PREFECTURE_BARS_ID,
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: BAR_MAX_WIDTH,
        label: valueLabel,
        data: counts.prefectures.map((p) => ({
          value: p.count,
          itemStyle: { color: theme.accent, ...dimmed(anySelected, p.selected) },
        })),
      },
    ],
  };
}
