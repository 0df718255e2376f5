import { CATEGORY_CHART } from './category/category-chart';
import type { ChartDescriptor } from './chart-descriptor';
import { LEVEL_CATEGORY_CHART } from './level-category/level-category-chart';
import { LEVEL_CHART } from './level/level-chart';
import { PREFECTURE_CHART } from './prefecture/prefecture-chart';

/**
 * The statistics charts, in the dashboard's order: the statistics section, the whole-dashboard image, print and the
 * briefing deck all map over this list. Lazily loaded (the option builders come with it): the first screen never
 * imports it.
 */
export const CHARTS: readonly ChartDescriptor[] = [
  CATEGORY_CHART,
  LEVEL_CHART,
  PREFECTURE_CHART,
  LEVEL_CATEGORY_CHART,
];
