import { useEffect } from 'react';
import { lists } from '../data';
import type { ProjectList } from '../data';
import { appResources } from './resources';
import { selectView, useDashboard } from './store';
import { decodeView, decodeYear, encodeView, readSearch, toSearch } from './url';
import type { CountyRegions } from './url';

interface LinkTargets {
  readonly projectIds: ReadonlySet<number>;
  /** A link may choose a county that has a project (the map offers no other county to choose). */
  readonly counties: CountyRegions;
}

const targets = new WeakMap<ProjectList, LinkTargets>();

function linkTargets(list: ProjectList): LinkTargets {
  let found = targets.get(list);
  if (!found) {
    found = {
      projectIds: new Set(list.projects.map((p) => p.id)),
      counties: new Map(
        list.projects.flatMap((p) =>
          p.county !== null && p.prefecture !== null ? [[p.county, p.prefecture]] : [],
        ),
      ),
    };
    targets.set(list, found);
  }
  return found;
}

/** The year the URL names (or the default one): main.tsx loads its list before the first render. */
export function yearFromLocation(search: string = window.location.search): number {
  return decodeYear(readSearch(search), lists);
}

/**
 * The view in the current URL (unknown or malformed values dropped), or null while its year's list is not here
 * (a link's project and county are checked against that list).
 */
export function viewFromLocation(search: string = window.location.search) {
  const params = readSearch(search);
  const list = appResources.peek(lists.resource(decodeYear(params, lists)));
  if (!list) return null;
  const { projectIds, counties } = linkTargets(list);
  return { ...decodeView(params, projectIds, counties, lists), year: list.year };
}

/**
 * The view a link names, while its year's list is not here: its year, mode and filters, without what only the
 * list can check (the project, the county). The page then says the list is missing; the address stays as it was.
 */
export function linkedViewWithoutList(search: string = window.location.search) {
  return decodeView(readSearch(search), new Set(), new Map(), lists);
}

/**
 * Runs a store change as part of a continuous edit named `group` (e.g. browsing the region select with the
 * arrow keys): the first change of a run adds a history entry, the following ones of the same group replace
 * it, so Back returns to where the run started. Any other change ends the run.
 */
export function coalesceHistory(group: string, change: () => void): void {
  const store = useDashboard.getState();
  store.setHistoryGroup(group);
  try {
    change();
  } finally {
    store.setHistoryGroup(null);
  }
}

/**
 * Keeps the URL and the store in step: the URL is read on start and on Back/Forward; each change writes it.
 * Typing in the search box, and a run of changes in one coalesceHistory group, replace the history entry;
 * discrete changes push one, so Back returns to the previous filter.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const store = useDashboard;
    const linked = viewFromLocation();
    if (linked) store.getState().setView(linked);
    // Normalise the address (drop what was ignored) without adding a history entry.
    const initial = toSearch(encodeView(selectView(store.getState())));
    if (initial !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${initial}${window.location.hash}`);
    }

    let applyingUrl = false;
    // The history group of the last change written to the address (see coalesceHistory).
    let lastGroup: string | null = null;
    // Back or Forward to another year waits for that year's list; a later move wins over an earlier one.
    let popped = 0;
    const onPopState = () => {
      lastGroup = null;
      const search = window.location.search;
      const ticket = ++popped;
      void appResources.load(lists.resource(yearFromLocation(search))).then(
        () => {
          const view = viewFromLocation(search);
          if (ticket !== popped || search !== window.location.search || !view) return;
          applyingUrl = true;
          store.getState().setView(view);
          applyingUrl = false;
        },
        // The cache holds the failure; the page stays on what it shows.
        (error: unknown) => console.warn('年度名单加载失败', error),
      );
    };
    window.addEventListener('popstate', onPopState);

    const unsubscribe = store.subscribe((state, previous) => {
      if (applyingUrl) return;
      const search = toSearch(encodeView(selectView(state)));
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const onlyTyping =
        state.query !== previous.query &&
        toSearch(encodeView({ ...selectView(state), query: previous.query })) ===
          toSearch(encodeView(selectView(previous)));
      const group = state.historyGroup;
      const continuing = group !== null && group === lastGroup;
      lastGroup = group;
      if (onlyTyping || continuing) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    });
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
