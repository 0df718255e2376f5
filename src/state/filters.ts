import { lists } from '../data';
import type { Category, Level, Project } from '../data';

/** What the user filters by. OR within a group, AND between groups; an empty group means "all". */
export interface Filters {
  readonly categories: readonly Category[];
  readonly levels: readonly Level[];
  /** Prefecture adcode, or null for the whole province. */
  readonly region: string | null;
  /** County adcode within the region (a county with projects), or null for the whole region. */
  readonly county: string | null;
  readonly query: string;
}

/**
 * How the dashboard is shown: the office layout, the dark big-screen layout with the auto tour, or the operator's
 * console (演讲者视图) that drives the big screens.
 */
export type Mode = 'office' | 'present' | 'presenter';

/** The whole view a URL can hold: the filters, the open project, the layout and the tour's pace. */
export interface ViewState extends Filters {
  /** Whose list is shown: a year with a list file (the newest unless chosen). */
  readonly year: number;
  readonly project: number | null;
  readonly mode: Mode;
  /** Seconds per tour step, an integer in MIN_INTERVAL..MAX_INTERVAL. */
  readonly interval: number;
}

/** The tour's focus value for the province-level group, which has no region of its own. */
export const PROVINCE_FOCUS = 'province';

/** Tour pace bounds in seconds: fast enough to demo, slow enough to read; 10 s unless the URL says otherwise. */
export const MIN_INTERVAL = 3;
export const MAX_INTERVAL = 120;
export const DEFAULT_INTERVAL = 10;

export const EMPTY_FILTERS: Filters = Object.freeze({
  categories: [],
  levels: [],
  region: null,
  county: null,
  query: '',
});

export const EMPTY_VIEW: ViewState = Object.freeze({
  ...EMPTY_FILTERS,
  year: lists.defaultYear,
  project: null,
  mode: 'office',
  interval: DEFAULT_INTERVAL,
});

/** Longest search text kept, in characters (code points); longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

/** Cuts search text to MAX_QUERY_LENGTH characters by code point, so no half of a surrogate pair is left. */
export function clipQuery(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_QUERY_LENGTH ? text : chars.slice(0, MAX_QUERY_LENGTH).join('');
}

/** The filters that show a project among its neighbours: its prefecture (drilled), or the 省级 group. */
export function contextFilters(project: Pick<Project, 'prefecture'>): Filters {
  return project.prefecture === null
    ? { ...EMPTY_FILTERS, levels: ['province'] }
    : { ...EMPTY_FILTERS, region: project.prefecture };
}

/** True when no filter narrows the list. */
export function isUnfiltered(filters: Filters): boolean {
  return (
    filters.categories.length === 0 &&
    filters.levels.length === 0 &&
    filters.region === null &&
    filters.county === null &&
    filters.query.trim() === ''
  );
}

function sameFields<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => {
    const [x, y] = [a[key], b[key]];
    return Array.isArray(x) && Array.isArray(y) ? x.join() === y.join() : x === y;
  });
}

/** True when two views show the same thing (lists compared by content, not identity). */
export function sameView(a: ViewState, b: ViewState): boolean {
  return sameFields(a, b);
}

/** True when two sets of filters narrow the list alike (lists compared by content, not identity). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return sameFields(a, b);
}
