// Component tests show a factory list instead of the shipped one, as the app shows a list: through the resource
// cache. `render(<Screen />, showingList(FIXTURE_LIST))` puts it in a fresh cache as the store's year's list.
import { createElement } from 'react';
import type { ReactNode } from 'react';
import { lists } from '../data';
import type { ProjectList } from '../data';
import { createResourceCache } from '../lib/resource-cache';
import type { ResourceCache } from '../lib/resource-cache';
import { ResourceProvider } from '../state/resources';
import { useDashboard } from '../state/store';

/** A fresh cache in which the list of the store's year (whatever year it is) is `list`. */
export function cacheShowing(list: ProjectList, year: number = useDashboard.getState().year): ResourceCache {
  return createResourceCache([[lists.resource(year), { status: 'ready', value: list }]]);
}

/** Render options whose wrapper provides a cache showing `list`. */
export function showingList(list: ProjectList, cache: ResourceCache = cacheShowing(list)) {
  return {
    wrapper: ({ children }: { children: ReactNode }) => createElement(ResourceProvider, { cache, children }),
  };
}
