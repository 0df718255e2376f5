// The statistics on slides: each chart's descriptor says what to draw (src/charts/deck-spec.ts), as a native
// chart or a native table with the dashboard's counts and emphasis, so staff can restyle them in PowerPoint or WPS;
// this lays it out under the chart's note, fading what the dashboard dims.
import type { ChartDescriptor } from '../../../charts/chart-descriptor';
import type { ChartSeries, NativeChartSpec } from '../../../charts/deck-spec';
import type { Project } from '../../../data';
import { LIGHT_THEME } from '../../../lib/theme';
import { DIM_OPACITY } from '../../../state/chart-colours';
import type { Filters } from '../../../state/filters';
import type { DeckElement } from './deck-types';
import { shadedTableBody } from './shaded-table-slide';
import { COLOURS, noteAndBody } from './slide-frame';

const AXIS_SIZE = 12;
/** Past this many categories (the 19 rows of 按省辖市) a smaller type keeps every label: office suites drop labels that would touch. */
const MANY_CATEGORIES = 12;
const DENSE_AXIS_SIZE = 10.5;

/** A whole-number tick step that keeps the value axis to about ten ticks. */
export function valueStep(max: number): number {
  return max <= 10 ? 1 : max <= 20 ? 2 : 5;
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

/** What a chart's note adds once something in it is faded. */
const DIM_NOTE = '；未选中的淡显';

/** A series with every bar's colour as drawn: its own (or the series') colour, faded where the category is dimmed. */
function drawnSeries(series: ChartSeries, dimmed: readonly boolean[]): ChartSeries {
  const { colour } = series;
  if (colour === null) return series;
  const bar = (i: number) => series.barColours?.[i] ?? colour;
  return { ...series, barColours: dimmed.map((d, i) => (d ? faded(bar(i)) : bar(i))) };
}

/** How far the drawn bars of one category reach. */
function extent(series: readonly ChartSeries[], index: number, stacked: boolean): number {
  const values = series.map((s) => s.values[index] ?? 0);
  return stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values);
}

/** A native chart under the chart's note. */
function nativeChartBody(chartNote: string, spec: NativeChartSpec): DeckElement[] {
  const { dimmed, ...fields } = spec;
  const { note, body } = noteAndBody(`${chartNote}${dimmed.some(Boolean) ? DIM_NOTE : ''}`);
  const series = spec.series.map((s) => drawnSeries(s, dimmed));
  const withBars = series.filter((s) => s.colour !== null);
  const max = Math.max(0, ...spec.categories.map((_, i) => extent(withBars, i, spec.stacked)));
  const step = valueStep(max);
  // A series drawn without bars (a stacked total that carries the labels) would double the axis if the office
  // suite chose its end: it ends a step past the longest bar, room for the label.
  const labelsOnly = spec.stacked && series.some((s) => s.colour === null);
  return [
    note,
    {
      ...fields,
      series,
      box: body,
      fontSize: spec.categories.length > MANY_CATEGORIES ? DENSE_AXIS_SIZE : AXIS_SIZE,
      textColour: COLOURS.text,
      gridColour: COLOURS.line,
      valueStep: step,
      ...(labelsOnly ? { valueMax: (Math.floor(max / step) + 1) * step } : {}),
      labelPosition: spec.stacked ? 'inBase' : 'outEnd',
    },
  ];
}

/** The body of each statistics chart's slide (under its title bar), in the order of the list. */
export function chartSlideBodies(
  projects: readonly Project[],
  filters: Filters,
  charts: readonly ChartDescriptor[],
): { chart: ChartDescriptor; elements: DeckElement[] }[] {
  return charts.map((chart) => {
    // Slides are white: the light theme's colours, whatever the screen shows.
    const spec = chart.count(projects, filters).deckSlide(LIGHT_THEME);
    const elements =
      spec.kind === 'chart' ? nativeChartBody(chart.note, spec) : shadedTableBody(chart.note, spec);
    return { chart, elements };
  });
}
