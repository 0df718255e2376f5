// What the statistics charts count, as pure functions of the projects and the filters: the charts draw it,
// the briefing deck writes it into native charts.
import { CATEGORY_KEYS, CATEGORY_LABELS, LEVEL_KEYS, LEVEL_LABELS, PREFECTURES } from '../data';
import type { Category, Level, Project } from '../data';
import { filterProjects } from './filter-projects';
import type { Filters } from './filters';

// Every chart counts like the filter panel's chips: a chart about one dimension applies every filter except
// that dimension's own, and marks the chosen values, so clicking a bar toggles it exactly as a chip would.

/** Projects per category: as primary category, and as a secondary one (a tag). */
export interface CategoryCount {
  readonly key: Category;
  readonly label: string;
  readonly primary: number;
  readonly secondary: number;
  /** primary + secondary: the number at the end of the category's bar. */
  readonly total: number;
  readonly selected: boolean;
}

/** The parts of a category's count, as the legend, the tables and the deck's chart data name them. */
export const CATEGORY_COUNT_NAMES = { primary: '主类别', secondary: '兼属类别', total: '合计' } as const;

export function countByCategory(projects: readonly Project[], filters: Filters): CategoryCount[] {
  const pool = filterProjects(projects, { ...filters, categories: [] });
  return CATEGORY_KEYS.map((key) => {
    const primary = pool.filter((p) => p.category === key).length;
    const secondary = pool.filter((p) => p.tags.includes(key)).length;
    return {
      key,
      label: CATEGORY_LABELS[key],
      primary,
      secondary,
      total: primary + secondary,
      selected: filters.categories.includes(key),
    };
  });
}

/** Projects per administrative level. */
export interface LevelCount {
  readonly key: Level;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

export function countByLevel(projects: readonly Project[], filters: Filters): LevelCount[] {
  const pool = filterProjects(projects, { ...filters, levels: [] });
  return LEVEL_KEYS.map((key) => ({
    key,
    label: LEVEL_LABELS[key],
    count: pool.filter((p) => p.level === key).length,
    selected: filters.levels.includes(key),
  }));
}

/** One bar of the by-prefecture chart. */
export interface PrefectureCount {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  readonly selected: boolean;
}

/** The label of the province-level bar: those projects belong to the province, not to Zhengzhou. */
export const PROVINCE_BAR_LABEL = '省级（不计入郑州）';

/** City- and county-level projects per prefecture (most first), and the province-level ones apart. */
export interface PrefectureCounts {
  readonly prefectures: readonly PrefectureCount[];
  readonly province: { readonly count: number; readonly selected: boolean };
}

export function countByPrefecture(projects: readonly Project[], filters: Filters): PrefectureCounts {
  const pool = filterProjects(projects, { ...filters, region: null, county: null });
  const prefectures = PREFECTURES.map((p) => ({
    code: p.code,
    name: p.name,
    count: pool.filter((project) => project.prefecture === p.code).length,
    selected: filters.region === p.code,
  }));
  // A stable sort keeps ties in administrative-code order.
  prefectures.sort((a, b) => b.count - a.count);
  const provinceOnly =
    filters.region === null && filters.levels.length === 1 && filters.levels[0] === 'province';
  return {
    prefectures,
    province: { count: pool.filter((p) => p.level === 'province').length, selected: provinceOnly },
  };
}

/** One cell of the level × category matrix. */
export interface LevelCategoryCell {
  readonly level: Level;
  readonly category: Category;
  /** Projects of this level counting under this category (primary or tag), as the two filters would show. */
  readonly count: number;
  readonly selected: boolean;
}

export function countByLevelAndCategory(projects: readonly Project[], filters: Filters): LevelCategoryCell[] {
  const pool = filterProjects(projects, { ...filters, levels: [], categories: [] });
  const narrowed = filters.levels.length > 0 || filters.categories.length > 0;
  return LEVEL_KEYS.flatMap((level) =>
    CATEGORY_KEYS.map((category) => ({
      level,
      category,
      count: pool.filter((p) => p.level === level && (p.category === category || p.tags.includes(category)))
        .length,
      selected:
        narrowed &&
        (filters.levels.length === 0 || filters.levels.includes(level)) &&
        (filters.categories.length === 0 || filters.categories.includes(category)),
    })),
  );
}
