import type { Project } from '../../data';
import { filterProjects } from '../../state/filter-projects';
import type { Filters } from '../../state/filters';
import { defineChart, listCounts } from '../chart-descriptor';
import { countSeries } from '../deck-spec';

interface TaggedCount {
  readonly label: string;
  readonly count: number;
}

function countTagged(projects: readonly Project[], filters: Filters): TaggedCount[] {
  const pool = filterProjects(projects, filters);
  const tagged = pool.filter((p) => p.tags.length > 0).length;
  return [
    { label: '有兼属类别', count: tagged },
    { label: '无兼属类别', count: pool.length - tagged },
  ];
}

const summary = (counts: readonly TaggedCount[]) => `有无兼属类别的项目数：${listCounts(counts)}`;

/** A chart the dashboard does not ship, for tests that register one more: projects with and without a tag. */
export const TAGGED_CHART = defineChart({
  name: 'tagged',
  heading: '按兼属情况',
  note: '有兼属类别与没有兼属类别的项目数',
  fileLabel: '兼属',
  screenHeight: 20,
  dashboardHeight: 300,
  paperHeight: 210,
  count: countTagged,
  buildOption: (counts, look) => ({
    animation: look.animation ?? true,
    xAxis: { type: 'category', data: counts.map((c) => c.label) },
    yAxis: { type: 'value' },
    series: [{ id: 'tagged', type: 'bar', data: counts.map((c) => c.count) }],
  }),
  table: (counts) => ({
    caption: '有无兼属类别的项目数',
    columns: ['兼属', '项目数'],
    rows: counts.map((c) => [c.label, c.count]),
  }),
  summary,
  deckSlide: (counts, theme) => ({
    kind: 'chart',
    direction: 'column',
    stacked: false,
    categoryTitle: '兼属',
    categories: counts.map((c) => c.label),
    series: [
      countSeries(
        counts.map((c) => c.count),
        counts.map(() => theme.accent),
      ),
    ],
    dimmed: counts.map(() => false),
    altText: summary(counts),
  }),
});
