// A statistics chart is one descriptor: what it is called, what it counts, and everything drawn from those counts
// (the chart's option, its table for screen readers, its summary in words, its slide in the briefing deck, what a
// click on it does). The statistics section, the hidden tables, the dashboard image, the paper copies and the deck
// all map over one list of them (chart-list.ts); a new chart is a new descriptor in that list.
import type { TableData } from '../components/ui/data-table';
import type { Project } from '../data';
import type { ECOption } from '../lib/echarts';
import type { ChartTheme } from '../lib/theme';
import type { Filters } from '../state/filters';
import type { DashboardState } from '../state/store';
import type { ChartLook } from './chart-style';
import type { DeckSpec } from './deck-spec';

/** What every surface knows of a chart without counting: its name, its words and its sizes. */
export interface ChartMeta {
  /**
   * Its name: `data-chart`, the store's drawnCharts (`window.__charts` in test builds), the deck's slide key
   * `chart:<name>`.
   */
  readonly name: string;
  readonly heading: string;
  /** What it counts, under the heading (and on its slide and in its images). */
  readonly note: string;
  /** Its short name in file names. */
  readonly fileLabel: string;
  /** Least height (rem) of its panel on screen; a row of the grid is as tall as its tallest panel. */
  readonly screenHeight: number;
  /** Height (CSS px) of the chart in the whole-dashboard image. */
  readonly dashboardHeight: number;
  /** Height (CSS px) it is drawn at for paper, PAPER_CHART_WIDTH wide (two charts side by side on a page). */
  readonly paperHeight: number;
}

/** What ECharts tells a click handler about the item clicked. */
export interface ChartClick {
  readonly seriesId?: string;
  readonly name?: string;
  readonly dataIndex?: number;
  readonly value?: unknown;
}

/** A chart's parts, typed by what it counts (`C`): every part but `count` reads only the counts. */
export interface ChartDefinition<C> extends ChartMeta {
  readonly count: (projects: readonly Project[], filters: Filters) => C;
  /** The ECharts option, pure: no DOM, no store. */
  readonly buildOption: (counts: C, look: ChartLook) => ECOption;
  /** Its numbers as a table (what a screen reader reads instead of the bars). */
  readonly table: (counts: C) => TableData;
  /** What it shows, in one sentence: the chart's accessible name, and the alt text of its slide. */
  readonly summary: (counts: C) => string;
  /** Its slide's content, in the given (light) theme's colours: no place on the slide, the deck lays it out. */
  readonly deckSlide: (counts: C, theme: ChartTheme) => DeckSpec;
  /** A click on the chart, acting through the store as the filter chips do. Without it, clicks do nothing. */
  readonly click?: (counts: C, item: ChartClick, state: DashboardState) => void;
}

/** One chart counted for one view, with everything drawn from those counts. */
export interface CountedChart {
  readonly buildOption: (look: ChartLook) => ECOption;
  readonly table: () => TableData;
  readonly summary: () => string;
  readonly deckSlide: (theme: ChartTheme) => DeckSpec;
  readonly click: (item: ChartClick, state: DashboardState) => void;
}

/** A chart as every surface sees it: its metadata, and its counts for a view, bound to the parts that read them. */
export interface ChartDescriptor extends ChartMeta {
  readonly count: (projects: readonly Project[], filters: Filters) => CountedChart;
}

/**
 * Binds a chart's parts to its counts, so that lists of charts with different counts share one type and no
 * surface can hand one chart's counts to another's parts.
 */
export function defineChart<C>(definition: ChartDefinition<C>): ChartDescriptor {
  const { count, buildOption, table, summary, deckSlide, click, ...meta } = definition;
  return {
    ...meta,
    count: (projects, filters) => {
      const counts = count(projects, filters);
      return {
        buildOption: (look) => buildOption(counts, look),
        table: () => table(counts),
        summary: () => summary(counts),
        deckSlide: (theme) => deckSlide(counts, theme),
        click: (item, state) => click?.(counts, item, state),
      };
    },
  };
}

/** 「立法 10 项，监督 15 项」: how the summaries list counts. */
export function listCounts(items: readonly { readonly label: string; readonly count: number }[]): string {
  return items.map((i) => `${i.label} ${i.count} 项`).join('，');
}
