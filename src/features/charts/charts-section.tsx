import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS } from '../../data';
import { useList } from '../../state/current-list';
import { countyName } from '../../geo';
import { useOfficeChartFont } from '../../lib/present-scale';
import { PAPER_CHART_FONT, usePrinting, useStillCharts } from '../../lib/printing';
import { LIGHT_THEME } from '../../lib/theme';
import { describeFilters } from '../../state/describe-filters';
import { useChartTheme, useFilters } from '../../state/selectors';
import { selectView, useDashboard } from '../../state/store';
import { buildCategoryOption } from './build-category-option';
import { buildLevelCategoryOption } from './build-level-category-option';
import { buildLevelOption } from './build-level-option';
import { buildPrefectureOption, PROVINCE_BAR_ID } from './build-prefecture-option';
import {
  countByCategory,
  countByLevel,
  countByLevelAndCategory,
  countByPrefecture,
} from '../../state/chart-data';
import { STAT_CHARTS } from '../../state/chart-list';
import type { StatChart } from '../../state/chart-list';
import { ChartPanel } from './chart-panel';
import { categoryTable, levelCategoryTable, levelTable, prefectureTable } from './chart-tables';
import '../../lib/echarts-lazy-parts';
import './charts.css';

interface ClickParams {
  seriesId?: string;
  name?: string;
  dataIndex?: number;
  value?: unknown;
}

const [CATEGORY_CHART, LEVEL_CHART, PREFECTURE_CHART, MATRIX_CHART] = STAT_CHARTS as [
  StatChart,
  StatChart,
  StatChart,
  StatChart,
];

// Clicks act through the store exactly as the filter panel's chips and the map do.
const categoryEvents = {
  click: ({ dataIndex }: ClickParams) => {
    const key = CATEGORY_KEYS[dataIndex ?? -1];
    if (key) useDashboard.getState().toggleCategory(key);
  },
};
const levelEvents = {
  click: ({ dataIndex }: ClickParams) => {
    const key = LEVEL_KEYS[dataIndex ?? -1];
    if (key) useDashboard.getState().toggleLevel(key);
  },
};
// A cell narrows to exactly its level and category; clicking the cell that is already the whole selection
// clears both. One store update, so one history entry (Back undoes the click).
const matrixEvents = {
  click: ({ value }: ClickParams) => {
    const [x, y] = Array.isArray(value) ? (value as number[]) : [];
    const category = CATEGORY_KEYS[x ?? -1];
    const level = LEVEL_KEYS[y ?? -1];
    if (!category || !level) return;
    const state = useDashboard.getState();
    const isOnlyThis =
      state.levels.length === 1 &&
      state.levels[0] === level &&
      state.categories.length === 1 &&
      state.categories[0] === category;
    state.setView({
      ...selectView(state),
      levels: isOnlyThis ? [] : [level],
      categories: isOnlyThis ? [] : [category],
    });
  },
};

// Paper is white and still, whatever the screen shows; its type is sized for the printed chart.
const PAPER_LOOK = { theme: LIGHT_THEME, fontSize: PAPER_CHART_FONT, animation: false };

interface ChartsSectionProps {
  /** Renders the actions of a chart's panel (the shell puts the export buttons here). */
  renderActions?: (chart: StatChart) => ReactNode;
}

/** The statistics below the first screen: four charts that follow the filters and set them when clicked. */
export default function ChartsSection({ renderActions }: ChartsSectionProps) {
  const filters = useFilters();
  const { projects } = useList();
  const theme = useChartTheme();
  const still = useStillCharts();
  // Type grows with big office screens, like the page around the charts, and shrinks on phones.
  const fontSize = useOfficeChartFont();
  const look = useMemo(() => ({ theme, fontSize, animation: !still }), [theme, fontSize, still]);

  const byCategory = useMemo(() => countByCategory(projects, filters), [projects, filters]);
  const byLevel = useMemo(() => countByLevel(projects, filters), [projects, filters]);
  const byPrefecture = useMemo(() => countByPrefecture(projects, filters), [projects, filters]);
  // Bars are sorted by count, so a bar's region is looked up by its position in the latest counts. The handler
  // stays one object: a new onEvents object would make echarts-for-react rebuild the chart.
  const prefectureOrder = useRef(byPrefecture.prefectures);
  useEffect(() => {
    prefectureOrder.current = byPrefecture.prefectures;
  }, [byPrefecture]);
  const prefectureEvents = useMemo(
    () => ({
      click: ({ seriesId, dataIndex }: ClickParams) => {
        const state = useDashboard.getState();
        if (seriesId === PROVINCE_BAR_ID) return state.showProvinceLevel();
        const code = prefectureOrder.current[dataIndex ?? -1]?.code;
        if (code) state.toggleRegion(code);
      },
    }),
    [],
  );
  const matrix = useMemo(() => countByLevelAndCategory(projects, filters), [projects, filters]);

  const categoryOption = useMemo(() => buildCategoryOption(byCategory, look), [byCategory, look]);
  const levelOption = useMemo(() => buildLevelOption(byLevel, look), [byLevel, look]);
  const prefectureOption = useMemo(() => buildPrefectureOption(byPrefecture, look), [byPrefecture, look]);
  const matrixOption = useMemo(() => buildLevelCategoryOption(matrix, look), [matrix, look]);
  // Built only while printing: nobody sees them on screen.
  const printing = usePrinting();
  const paper = useMemo(
    () =>
      printing
        ? {
            category: buildCategoryOption(byCategory, PAPER_LOOK),
            level: buildLevelOption(byLevel, PAPER_LOOK),
            prefecture: buildPrefectureOption(byPrefecture, PAPER_LOOK),
            matrix: buildLevelCategoryOption(matrix, PAPER_LOOK),
          }
        : null,
    [printing, byCategory, byLevel, byPrefecture, matrix],
  );

  const list = (items: { label: string; count: number }[]) =>
    items.map((i) => `${i.label} ${i.count} 项`).join('，');

  return (
    <section className="charts-section" aria-labelledby="charts-heading">
      <header className="charts-section-header">
        <h2 id="charts-heading">统计图表</h2>
        <p className="charts-caption">
          {describeFilters(filters, countyName(filters.county))} · 点击柱条或方格即按其筛选，再点一次取消
        </p>
      </header>
      <div className="charts-grid">
        <ChartPanel
          chart={CATEGORY_CHART}
          option={categoryOption}
          paperOption={paper?.category}
          onEvents={categoryEvents}
          table={categoryTable(byCategory)}
          summary={`按类别的项目数：${list(byCategory.map((c) => ({ label: c.label, count: c.total })))}`}
          actions={renderActions?.(CATEGORY_CHART)}
        />
        <ChartPanel
          chart={LEVEL_CHART}
          option={levelOption}
          paperOption={paper?.level}
          onEvents={levelEvents}
          table={levelTable(byLevel)}
          summary={`按层级的项目数：${list(byLevel)}`}
          actions={renderActions?.(LEVEL_CHART)}
        />
        <ChartPanel
          chart={PREFECTURE_CHART}
          option={prefectureOption}
          paperOption={paper?.prefecture}
          onEvents={prefectureEvents}
          table={prefectureTable(byPrefecture)}
          summary={`按省辖市的项目数：省级 ${byPrefecture.province.count} 项（单列），${list(
            byPrefecture.prefectures.map((p) => ({ label: p.name, count: p.count })),
          )}`}
          actions={renderActions?.(PREFECTURE_CHART)}
        />
        <ChartPanel
          chart={MATRIX_CHART}
          option={matrixOption}
          paperOption={paper?.matrix}
          onEvents={matrixEvents}
          table={levelCategoryTable(matrix)}
          summary={`层级与类别交叉的项目数：${matrix
            .filter((c) => c.count > 0)
            .map((c) => `${LEVEL_LABELS[c.level]}${CATEGORY_LABELS[c.category]} ${c.count} 项`)
            .join('，')}`}
          actions={renderActions?.(MATRIX_CHART)}
        />
      </div>
    </section>
  );
}
