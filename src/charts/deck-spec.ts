// What a chart hands the briefing deck: its numbers as a native chart or a native table, with their colours and
// what is chosen, but no place on a slide. The deck (src/features/export/deck) lays it out under the chart's note
// and title bar, and fades or frames what is chosen, as the dashboard dims or frames it.

/** One series of a native chart: a column of its data (what "Edit Data" shows) and how it is drawn. */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
  /** The series' colour, its legend key; null draws no bars: the series only carries labels (a stacked total). */
  readonly colour: string | null;
  /** Each bar's colour, in category order, where bars differ from the series (faded, or one colour per level). */
  readonly barColours?: readonly string[];
  /** Its values are written at the bars, as 「15 项」 (zeros too, as on the dashboard). */
  readonly labelled: boolean;
  /** The legend lists it. */
  readonly inLegend: boolean;
}

/** A native (editable) bar or column chart. */
export interface NativeChartSpec {
  readonly kind: 'chart';
  /** Horizontal bars ('bar') or vertical columns ('column'). */
  readonly direction: 'bar' | 'column';
  /** Series stack end to end (the first from the axis), or stand side by side. */
  readonly stacked: boolean;
  /** What the categories are, the header of the chart data's first column: 类别, 层级, 地区. */
  readonly categoryTitle: string;
  /** Category labels, in the order they read (top to bottom for bars, left to right for columns). */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Per category: it steps back, because something else in the chart's own dimension is chosen. */
  readonly dimmed: readonly boolean[];
  /** The chart in words (its summary). */
  readonly altText: string;
}

/** One cell of a shaded table: its count, its shade and the text colour that reads on it. */
export interface ShadedCell {
  readonly count: number;
  readonly fill: string;
  readonly colour: string;
  /** Chosen by the filters: the deck frames it, as the dashboard does. */
  readonly chosen: boolean;
}

/** A native table of shaded counts (a heatmap): rows down, columns across, and what its shades mean. */
export interface ShadedTableSpec {
  readonly kind: 'table';
  /** The corner cell: what runs down and what across, 「层级 \ 类别」. */
  readonly corner: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly ShadedCell[] }[];
  /** The shades' legend, lightest first: 「0 项」 … 「≥4 项」. */
  readonly legend: readonly { readonly label: string; readonly fill: string }[];
}

/** A chart's slide content. */
export type DeckSpec = NativeChartSpec | ShadedTableSpec;

/** A chart's only series, one colour per bar (the first is its key), its values written at the bars. */
export function countSeries(values: readonly number[], barColours: readonly string[]): ChartSeries {
  return {
    name: '项目数',
    values,
    colour: barColours[0] ?? null,
    barColours,
    labelled: true,
    inLegend: false,
  };
}
