import { levelColour } from '../../state/chart-colours';
import { defineChart, listCounts } from '../chart-descriptor';
import { stepsBack } from '../chart-style';
import { countSeries } from '../deck-spec';
import { buildLevelOption } from './build-level-option';
import { countByLevel } from './level-counts';
import type { LevelCount } from './level-counts';

const summary = (counts: readonly LevelCount[]) => `按层级的项目数：${listCounts(counts)}`;

/** 按层级: one column per level in the level colours; a click toggles that level. */
export const LEVEL_CHART = defineChart({
  name: 'level',
  heading: '按层级',
  note: '省级、市级、县级项目数',
  fileLabel: '层级',
  screenHeight: 20,
  dashboardHeight: 300,
  paperHeight: 210,
  count: countByLevel,
  buildOption: buildLevelOption,
  table: (counts) => ({
    caption: '按层级的项目数',
    columns: ['层级', '项目数'],
    rows: counts.map((c) => [c.label, c.count]),
  }),
  summary,
  deckSlide: (counts, theme) => ({
    kind: 'chart',
    direction: 'column',
    stacked: false,
    categoryTitle: '层级',
    categories: counts.map((c) => c.label),
    series: [
      countSeries(
        counts.map((c) => c.count),
        counts.map((c) => levelColour(c.key, theme)),
      ),
    ],
    dimmed: stepsBack(counts.map((c) => c.selected)),
    altText: summary(counts),
  }),
  click: (counts, { dataIndex }, state) => {
    const level = counts[dataIndex ?? -1];
    if (level) state.toggleLevel(level.key);
  },
});
