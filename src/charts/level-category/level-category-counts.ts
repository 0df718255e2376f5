import { CATEGORY_KEYS, LEVEL_KEYS } from '../../data';
import type { Category, Level, Project } from '../../data';
import { filterProjects } from '../../state/filter-projects';
import type { Filters } from '../../state/filters';

/** One cell of the level × category matrix. */
export interface LevelCategoryCell {
  readonly level: Level;
  readonly category: Category;
  /** Projects of this level counting under this category (primary or tag), as the two filters would show. */
  readonly count: number;
  readonly selected: boolean;
}

/** Every filter but level and category; the cells the two filters leave are the chosen ones. */
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
