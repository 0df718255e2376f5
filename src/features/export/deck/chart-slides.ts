// The statistics as native charts and a native table: the same counts as the dashboard's charts
// (src/state/chart-data.ts), so staff can restyle them in PowerPoint or WPS.
import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS } from '../../../data';
import type { Project } from '../../../data';
import { LIGHT_THEME } from '../../../lib/theme';
import { fillFor, labelColorOn, levelColour } from '../../../state/chart-colours';
import {
  countByCategory,
  countByLevel,
  countByLevelAndCategory,
  countByPrefecture,
  PROVINCE_BAR_LABEL,
} from '../../../state/chart-data';
import type { StatChart } from '../../../state/chart-list';
import type { Filters } from '../../../state/filters';
import type { Box, ChartElement, DeckElement, TableCell } from './deck-types';
import { COLOURS, CONTENT_BOTTOM, CONTENT_TOP, CONTENT_W, MARGIN_X, text } from './slide-frame';
import { linesHeight, textHeight } from './slide-text';

const NOTE_SIZE = 14;
const AXIS_SIZE = 12;
const theme = LIGHT_THEME;

/** The chart's note under the title bar, and the box left for the chart below it. */
function noteAndBody(note: string): { note: DeckElement; body: Box } {
  const h = textHeight(note, NOTE_SIZE, CONTENT_W);
  const top = CONTENT_TOP + h + 0.1;
  return {
    note: text({ x: MARGIN_X, y: CONTENT_TOP, w: CONTENT_W, h }, note, {
      fontSize: NOTE_SIZE,
      colour: COLOURS.muted,
    }),
    body: { x: MARGIN_X, y: top, w: CONTENT_W, h: CONTENT_BOTTOM - top },
  };
}

/** A whole-number tick step that keeps the value axis to about ten ticks. */
export function valueStep(max: number): number {
  return max <= 10 ? 1 : max <= 20 ? 2 : 5;
}

function chart(
  body: Box,
  fields: Omit<ChartElement, 'kind' | 'box' | 'fontSize' | 'textColour' | 'gridColour' | 'valueStep'> & {
    fontSize?: number;
  },
): ChartElement {
  const max = Math.max(0, ...fields.series.flatMap((s) => s.values));
  return {
    kind: 'chart',
    box: body,
    fontSize: AXIS_SIZE,
    textColour: COLOURS.text,
    gridColour: COLOURS.line,
    valueStep: valueStep(max),
    ...fields,
  };
}

/** The dashboard dims what is not chosen (opacity 0.35); on a white slide that is the colour mixed with white. */
export function faded(colour: string): string {
  const channel = (i: number) => parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mix = (v: number) =>
    Math.round(v * DIM + 255 * (1 - DIM))
      .toString(16)
      .padStart(2, '0');
  return `#${[0, 1, 2].map((i) => mix(channel(i))).join('')}`;
}

const DIM = 0.35;
const shade = (colour: string, anySelected: boolean, selected: boolean) =>
  anySelected && !selected ? faded(colour) : colour;
const DIM_NOTE = '；未选中的淡显';

const list = (items: readonly { label: string; count: number }[]) =>
  items.map((i) => `${i.label} ${i.count} 项`).join('，');

function categorySlide(projects: readonly Project[], filters: Filters, info: StatChart): DeckElement[] {
  const counts = countByCategory(projects, filters);
  const { note, body } = noteAndBody(info.note);
  return [
    note,
    chart(body, {
      // Side by side rather than stacked (as on the dashboard): each count gets a label readable on its bar.
      direction: 'bar',
      stacked: false,
      categories: counts.map((c) => c.label),
      series: [
        { name: '主类别', values: counts.map((c) => c.primary) },
        { name: '兼属类别', values: counts.map((c) => c.secondary) },
      ],
      colours: [theme.accent, theme.ramp[1] ?? theme.accent],
      showLegend: true,
      altText: `按类别的项目数：${list(counts.map((c) => ({ label: c.label, count: c.primary + c.secondary })))}`,
    }),
  ];
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
      categories: counts.map((c) => c.label),
      series: [{ name: '项目数', values: counts.map((c) => c.count) }],
      colours: counts.map((c) => shade(levelColour(c.key, theme), anySelected, c.selected)),
      showLegend: false,
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
      categories: [PROVINCE_BAR_LABEL, ...counts.prefectures.map((p) => p.name)],
      series: [
        { name: '项目数', values: [counts.province.count, ...counts.prefectures.map((p) => p.count)] },
      ],
      colours: [
        shade(theme.province, anySelected, counts.province.selected),
        ...counts.prefectures.map((p) => shade(theme.accent, anySelected, p.selected)),
      ],
      showLegend: false,
      // Nineteen rows: a smaller type keeps every label (office suites drop labels that would touch).
      fontSize: 10.5,
      altText: `按省辖市的项目数：省级 ${counts.province.count} 项（单列），${list(
        counts.prefectures.map((p) => ({ label: p.name, count: p.count })),
      )}`,
    }),
  ];
}

const CELL_SIZE = 24;
const HEAD_SIZE = 16;
const LEVEL_COL_W = 1.6;
const HEAD_ROW_H = linesHeight(2, HEAD_SIZE) + 0.1;
const CELL_ROW_H = 1.05;
const LEGEND_SIZE = 12;

/** Level × category as a native table whose cells are shaded like the heatmap. */
function levelCategorySlide(projects: readonly Project[], filters: Filters, info: StatChart): DeckElement[] {
  const cells = countByLevelAndCategory(projects, filters);
  const { note, body } = noteAndBody(info.note);
  const colW = [LEVEL_COL_W, ...CATEGORY_KEYS.map(() => (CONTENT_W - LEVEL_COL_W) / CATEGORY_KEYS.length)];
  const head = (label: string): TableCell => ({
    runs: [{ text: label }],
    fontSize: HEAD_SIZE,
    colour: COLOURS.text,
    bold: true,
    align: 'center',
    valign: 'middle',
    fill: COLOURS.band,
  });
  const rows = [
    { h: HEAD_ROW_H, cells: [head('层级 \\ 类别'), ...CATEGORY_KEYS.map((k) => head(CATEGORY_LABELS[k]))] },
    ...LEVEL_KEYS.map((level) => ({
      h: CELL_ROW_H,
      cells: [
        head(LEVEL_LABELS[level]),
        ...CATEGORY_KEYS.map((category): TableCell => {
          const count = cells.find((c) => c.level === level && c.category === category)?.count ?? 0;
          const fill = fillFor(count, theme);
          return {
            runs: [{ text: String(count) }],
            fontSize: CELL_SIZE,
            colour: labelColorOn(fill, theme),
            bold: true,
            align: 'center',
            valign: 'middle',
            fill,
          };
        }),
      ],
    })),
  ];
  const tableH = HEAD_ROW_H + LEVEL_KEYS.length * CELL_ROW_H;
  const legendY = body.y + tableH + 0.3;
  const swatch = 0.3;
  const steps = [0, 1, 2, 3, 4].map((n) => ({ n, label: n === 4 ? '≥4 项' : `${n} 项` }));
  const legend = steps.flatMap(({ n, label }, i): DeckElement[] => {
    const x = MARGIN_X + 1.1 + i * 1.3;
    return [
      { kind: 'rect', box: { x, y: legendY + 0.02, w: swatch, h: swatch }, fill: fillFor(n, theme) },
      text({ x: x + swatch + 0.05, y: legendY, w: 0.9, h: linesHeight(1, LEGEND_SIZE) }, label, {
        fontSize: LEGEND_SIZE,
        colour: COLOURS.text,
      }),
    ];
  });
  return [
    note,
    { kind: 'table', x: body.x, y: body.y, colW, rows, borderColour: COLOURS.white },
    text({ x: MARGIN_X, y: legendY, w: 1.0, h: linesHeight(1, LEGEND_SIZE) }, '颜色：', {
      fontSize: LEGEND_SIZE,
      colour: COLOURS.muted,
    }),
    ...legend,
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
