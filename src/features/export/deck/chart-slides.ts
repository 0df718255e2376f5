// The statistics as native charts (and the heatmap as a native table): the same counts and the same emphasis as
// the dashboard's charts (src/state/chart-data.ts), so staff can restyle them in PowerPoint or WPS.
import type { Project } from '../../../data';
import { LIGHT_THEME } from '../../../lib/theme';
import { DIM_OPACITY, levelColour } from '../../../state/chart-colours';
import {
  CATEGORY_COUNT_NAMES,
  countByCategory,
  countByLevel,
  countByPrefecture,
  PROVINCE_BAR_LABEL,
} from '../../../state/chart-data';
import type { StatChart } from '../../../state/chart-list';
import type { Filters } from '../../../state/filters';
import type { Box, ChartElement, ChartSeries, DeckElement } from './deck-types';
import { levelCategorySlide } from './level-category-slide';
import { COLOURS, noteAndBody } from './slide-frame';

const AXIS_SIZE = 12;
const theme = LIGHT_THEME;

/** A whole-number tick step that keeps the value axis to about ten ticks. */
export function valueStep(max: number): number {
  return max <= 10 ? 1 : max <= 20 ? 2 : 5;
}

type ChartFields = Omit<
  ChartElement,
  'kind' | 'box' | 'fontSize' | 'textColour' | 'gridColour' | 'valueStep' | 'labelPosition'
> & { fontSize?: number };

function chart(body: Box, fields: ChartFields): ChartElement {
  const drawn = fields.series.filter((s) => s.colour !== null);
  const max = Math.max(0, ...fields.categories.map((_, i) => extent(drawn, i, fields.stacked)));
  return {
    kind: 'chart',
    box: body,
    fontSize: AXIS_SIZE,
    textColour: COLOURS.text,
    gridColour: COLOURS.line,
    valueStep: valueStep(max),
    labelPosition: fields.stacked ? 'inBase' : 'outEnd',
    ...fields,
  };
}

/** How far the drawn bars of one category reach. */
function extent(series: readonly ChartSeries[], index: number, stacked: boolean): number {
  const values = series.map((s) => s.values[index] ?? 0);
  return stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values);
}

/** The dashboard dims what is not chosen (DIM_OPACITY); on a white slide that is the colour mixed with white. */
export function faded(colour: string): string {
  const channel = (i: number) => parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mix = (v: number) =>
    Math.round(v * DIM_OPACITY + 255 * (1 - DIM_OPACITY))
      .toString(16)
      .padStart(2, '0');
  return `#${[0, 1, 2].map((i) => mix(channel(i))).join('')}`;
}

const shade = (colour: string, anySelected: boolean, selected: boolean) =>
  anySelected && !selected ? faded(colour) : colour;
/** What a chart's note adds once its own dimension is filtered. */
const DIM_NOTE = '；未选中的淡显';

const list = (items: readonly { label: string; count: number }[]) =>
  items.map((i) => `${i.label} ${i.count} 项`).join('，');

/**
 * As on the dashboard: main and secondary category stacked in one bar, its total written at the bar's end. The
 * total is a third series drawn without bars (office charts label a stack only per series), so the chart data
 * reads like the dashboard's table: 类别, 主类别, 兼属类别, 合计.
 */
function categorySlide(projects: readonly Project[], filters: Filters, info: StatChart): DeckElement[] {
  const counts = countByCategory(projects, filters);
  const anySelected = counts.some((c) => c.selected);
  const { note, body } = noteAndBody(`${info.note}${anySelected ? DIM_NOTE : ''}`);
  const part = (name: string, colour: string, values: number[]): ChartSeries => ({
    name,
    values,
    colour,
    barColours: counts.map((c) => shade(colour, anySelected, c.selected)),
    labelled: false,
    inLegend: true,
  });
  const maxTotal = Math.max(0, ...counts.map((c) => c.total));
  const step = valueStep(maxTotal);
  return [
    note,
    chart(body, {
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
      // At least a step beyond the longest bar, room for its total.
      valueMax: (Math.floor(maxTotal / step) + 1) * step,
      altText: `按类别的项目数（主类别与兼属类别合计）：${list(counts.map((c) => ({ label: c.label, count: c.total })))}`,
    }),
  ];
}

/** A chart's only series, one colour per bar, its values written at the bars. */
function countSeries(values: number[], barColours: string[]): ChartSeries {
  const colour = barColours[0] ?? COLOURS.text;
  return { name: '项目数', values, colour, barColours, labelled: true, inLegend: false };
}

function levelSlide(projects: readonly Project[], filters: Filters, info: StatChart): DeckElement[] {
  const counts = countByLevel(projects, filters);
  const anySelected = counts.some((c) => c.selected);
  const { note, body } = noteAndBody(`${info.note}${anySelected ? DIM_NOTE : ''}`);
  return [
    note,
    chart(body, {
      direction: 'column',
      stacked: false,
      categoryTitle: '层级',
      categories: counts.map((c) => c.label),
      series: [
        countSeries(
          counts.map((c) => c.count),
          counts.map((c) => shade(levelColour(c.key, theme), anySelected, c.selected)),
        ),
      ],
      altText: `按层级的项目数：${list(counts)}`,
    }),
  ];
}

function prefectureSlide(projects: readonly Project[], filters: Filters, info: StatChart): DeckElement[] {
  const counts = countByPrefecture(projects, filters);
  const anySelected = counts.province.selected || counts.prefectures.some((p) => p.selected);
  const { note, body } = noteAndBody(`${info.note}${anySelected ? DIM_NOTE : ''}`);
  return [
    note,
    chart(body, {
      direction: 'bar',
      stacked: false,
      categoryTitle: '地区',
      categories: [PROVINCE_BAR_LABEL, ...counts.prefectures.map((p) => p.name)],
      series: [
        countSeries(
          [counts.province.count, ...counts.prefectures.map((p) => p.count)],
          [
            shade(theme.province, anySelected, counts.province.selected),
            ...counts.prefectures.map((p) => shade(theme.accent, anySelected, p.selected)),
          ],
        ),
      ],
      // Nineteen rows: a smaller type keeps every label (office suites drop labels that would touch).
      fontSize: 10.5,
      altText: `按省辖市的项目数：省级 ${counts.province.count} 项（单列），${list(
        counts.prefectures.map((p) => ({ label: p.name, count: p.count })),
      )}`,
    }),
  ];
}

const BUILDERS: Record<
  string,
  (projects: readonly Project[], filters: Filters, info: StatChart) => DeckElement[]
> = {
  category: categorySlide,
  level: levelSlide,
  prefecture: prefectureSlide,
  'level-category': levelCategorySlide,
};

/** The body of each statistics chart's slide (under its title bar), in the dashboard's order. */
export function chartSlideBodies(
  projects: readonly Project[],
  filters: Filters,
  charts: readonly StatChart[],
): { chart: StatChart; elements: DeckElement[] }[] {
  return charts.flatMap((info) => {
    const build = BUILDERS[info.name];
    return build ? [{ chart: info, elements: build(projects, filters, info) }] : [];
  });
}
