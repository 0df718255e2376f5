import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CATEGORY_KEYS, LEVEL_KEYS } from '../data';
import { useList } from './current-list';
import type { Project } from '../data';
import { DARK_THEME, LIGHT_THEME } from '../lib/theme';
import type { ChartTheme } from '../lib/theme';
import { facetCounts } from './filter-projects';
import { useReadyScene } from './use-scene';
import type { FacetCounts } from './filter-projects';
import type { Filters } from './filters';
import { useDashboard } from './store';
import { useReducedMotion } from '../lib/use-reduced-motion';

/** The current filters, re-rendering only when one of them changes. */
export function useFilters(): Filters {
  return useDashboard(
    useShallow((s) => ({
      categories: s.categories,
      levels: s.levels,
      region: s.region,
      county: s.county,
      query: s.query,
    })),
  );
}

/** The projects matching the current filters: the scene's (computed, never stored). */
export function useMatchingProjects(): readonly Project[] {
  return useReadyScene().matching;
}

/** Live option counts for the filter panel. */
export function useFacetCounts(): FacetCounts {
  const filters = useFilters();
  const { projects } = useList();
  return useMemo(() => facetCounts(projects, filters, CATEGORY_KEYS, LEVEL_KEYS), [projects, filters]);
}

/** The chart colours for the current theme. */
export function useChartTheme(): ChartTheme {
  return useDashboard((s) => (s.theme === 'dark' ? DARK_THEME : LIGHT_THEME));
}

/** Whether the page is being printed. */
export function usePrinting(): boolean {
  return useDashboard((s) => s.printing);
}

/** Charts draw without animation: for reduced motion, and while printing (the browser captures the page at once). */
export function useStillCharts(): boolean {
  const reducedMotion = useReducedMotion();
  const printing = usePrinting();
  return reducedMotion || printing;
}
