import { CATEGORY_KEYS, CATEGORY_LABELS } from '../../data';
import type { Category, Project } from '../../data';
import { filterProjects } from '../../state/filter-projects';
import type { Filters } from '../../state/filters';

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
