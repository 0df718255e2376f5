import { lists } from '../data';
import type { ProjectList } from '../data';
import { useDashboard } from './store';

/**
 * The list of `year`, which must have been loaded: the year in the store changes only once its list is here
 * (main.tsx loads the link's year before the first render; switchYear takes a loaded list).
 */
export function listFor(year: number): ProjectList {
  const list = lists.loaded(year);
  if (!list) throw new Error(`the list of ${year} is not loaded`);
  return list;
}

/** The list shown now, for event handlers and exports (components use useList). */
export function currentList(): ProjectList {
  return listFor(useDashboard.getState().year);
}

/** The list shown now; re-renders when the year changes. */
export function useList(): ProjectList {
  return listFor(useDashboard((s) => s.year));
}
