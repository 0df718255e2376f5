import { PREFECTURES } from '../../data';
import type { Project } from '../../data';
import { filterProjects } from '../../state/filter-projects';
import type { Filters } from '../../state/filters';

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

/** Every filter but the region's (and its county's), as the map counts. */
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
