import { useEffect } from 'react';
import { PREFECTURE_CODES } from '../../data';
import { useList } from '../../state/current-list';
import { filterProjects } from '../../state/filter-projects';
import type { Filters } from '../../state/filters';
import { groupByRegion } from '../../state/region-groups';
import type { RegionGroup } from '../../state/region-groups';
import { useResourceCache } from '../../state/resources';
import { prefetchCounties } from './map-choices';

/** The prefecture the tour visits after `focus` (it walks the region groups in order, round and round). */
export function nextStopPrefecture(groups: readonly RegionGroup[], focus: string): string | null {
  const at = groups.findIndex((g) => g.focus === focus);
  for (let step = 1; step <= groups.length; step += 1) {
    const next = groups[(at + step) % groups.length]!.focus;
    if (next !== focus && PREFECTURE_CODES.has(next)) return next;
  }
  return null;
}

/**
 * While the tour shows one stop, fetches the next prefecture stop's counties, so the map drills straight into
 * it when the tour moves on (without it, the province shows with 加载中 until they arrive).
 */
export function usePrefetchNextStop(tourFocus: string | null, filters: Filters): void {
  const { projects } = useList();
  const cache = useResourceCache();
  useEffect(() => {
    if (tourFocus === null) return;
    const next = nextStopPrefecture(groupByRegion(filterProjects(projects, filters)), tourFocus);
    if (next !== null) prefetchCounties(cache, next);
  }, [cache, tourFocus, filters, projects]);
}
