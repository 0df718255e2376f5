import { lists } from '../data';
import type { ProjectList } from '../data';
import type { ResourceCache } from '../lib/resource-cache';
import { appResources, useResourceStates } from './resources';
import { useDashboard } from './store';

/**
 * The list of `year`, which must be here: the year in the store changes only once its list is here (main.tsx
 * loads the link's year before the first render; chooseYear switches once the list has come), and the parts of
 * the page that show a list render only when the scene has one.
 */
export function listFor(year: number, cache: Pick<ResourceCache, 'peek'> = appResources): ProjectList {
  const list = cache.peek(lists.resource(year));
  if (!list) throw new Error(`the list of ${year} is not loaded`);
  return list;
}

/** The list shown now; re-renders when the year changes. */
export function useList(): ProjectList {
  const cache = useResourceStates();
  return listFor(
    useDashboard((s) => s.year),
    cache,
  );
}
