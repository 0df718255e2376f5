import type { Category, Level } from '../data';

/** What the user filters by. OR within a group, AND between groups; an empty group means "all". */
export interface Filters {
  readonly categories: readonly Category[];
  readonly levels: readonly Level[];
  /** Prefecture adcode, or null for the whole province. */
  readonly region: string | null;
  readonly query: string;
}

/** The whole view a URL can hold: the filters and the open project. */
export interface ViewState extends Filters {
  readonly project: number | null;
}

export const EMPTY_FILTERS: Filters = Object.freeze({ categories: [], levels: [], region: null, query: '' });

export const EMPTY_VIEW: ViewState = Object.freeze({ ...EMPTY_FILTERS, project: null });

/** Longest search text kept; longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

/** True when no filter narrows the list. */
export function isUnfiltered(filters: Filters): boolean {
  return (
    filters.categories.length === 0 &&
    filters.levels.length === 0 &&
    filters.region === null &&
    filters.query.trim() === ''
  );
}
