import { LEVEL_KEYS, LEVEL_LABELS } from '../../data';
import type { Level, Project } from '../../data';
import { filterProjects } from '../../state/filter-projects';
import type { Filters } from '../../state/filters';

/** Projects per administrative level. */
export interface LevelCount {
  readonly key: Level;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

/** Every filter but the level's own, as the level chips count. */
export function countByLevel(projects: readonly Project[], filters: Filters): LevelCount[] {
  const pool = filterProjects(projects, { ...filters, levels: [] });
  return LEVEL_KEYS.map((key) => ({
    key,
    label: LEVEL_LABELS[key],
    count: pool.filter((p) => p.level === key).length,
    selected: filters.levels.includes(key),
  }));
}
