import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS } from '../../data';
import type { TableData } from '../../components/ui/data-table';
import type { CategoryCount, LevelCategoryCell, LevelCount, PrefectureCounts } from '../../state/chart-data';
import { CATEGORY_COUNT_NAMES, PROVINCE_BAR_LABEL } from '../../state/chart-data';

// The statistics charts' numbers as tables (what a screen reader reads instead of the bars).

/** 按类别: primary, secondary and total per category. */
export function categoryTable(counts: readonly CategoryCount[]): TableData {
  return {
    caption: '按类别的项目数',
    columns: [
      '类别',
      CATEGORY_COUNT_NAMES.primary,
      CATEGORY_COUNT_NAMES.secondary,
      CATEGORY_COUNT_NAMES.total,
    ],
    rows: counts.map((c) => [c.label, c.primary, c.secondary, c.total]),
  };
}

/** 按层级: one row per level. */
export function levelTable(counts: readonly LevelCount[]): TableData {
  return {
    caption: '按层级的项目数',
    columns: ['层级', '项目数'],
    rows: counts.map((c) => [c.label, c.count]),
  };
}

/** 按省辖市: 省级 first (apart, never Zhengzhou's), then the prefectures as the chart sorts them. */
export function prefectureTable(counts: PrefectureCounts): TableData {
  return {
    caption: '按省辖市的项目数（省级单列）',
    columns: ['地区', '项目数'],
    rows: [
      [PROVINCE_BAR_LABEL, counts.province.count],
      ...counts.prefectures.map((p) => [p.name, p.count] as const),
    ],
  };
}

/** 层级 × 类别: levels down, categories across, as in the heatmap. */
export function levelCategoryTable(cells: readonly LevelCategoryCell[]): TableData {
  const count = (level: string, category: string) =>
    cells.find((c) => c.level === level && c.category === category)?.count ?? 0;
  return {
    caption: '层级与类别交叉的项目数',
    columns: ['层级', ...CATEGORY_KEYS.map((k) => CATEGORY_LABELS[k])],
    rows: LEVEL_KEYS.map(
      (level) => [LEVEL_LABELS[level], ...CATEGORY_KEYS.map((k) => count(level, k))] as const,
    ),
  };
}
