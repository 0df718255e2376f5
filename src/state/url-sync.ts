import { useEffect } from 'react';
import { projects } from '../data';
import { selectView, useDashboard } from './store';
import { decodeView, encodeView, readSearch, toSearch } from './url';
import type { CountyRegions } from './url';

const PROJECT_IDS: ReadonlySet<number> = new Set(projects.map((p) => p.id));
// A link may choose a county that has a project (the map offers no other county to choose).
const COUNTY_REGIONS: CountyRegions = new Map(
  projects.flatMap((p) => (p.county !== null && p.prefecture !== null ? [[p.county, p.prefecture]] : [])),
);

/** The view in the current URL (unknown or malformed values dropped). */
export function viewFromLocation(search: string = window.location.search) {
  return decodeView(readSearch(search), PROJECT_IDS, COUNTY_REGIONS);
}

// The history group of the change being made right now (see coalesceHistory), and of the last one written.
let pendingGroup: string | null = null;
let lastGroup: string | null = null;

/**
 * Runs a store change as part of a continuous edit named `group` (e.g. browsing the region select with the
 * arrow keys): the first change of a run adds a history entry, the following ones of the same group replace
 * it, so Back returns to where the run started. Any other change ends the run.
 */
export function coalesceHistory(group: string, change: () => void): void {
  pendingGroup = group;
  try {
    change();
  } finally {
    pendingGroup = null;
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
    store.getState().setView(viewFromLocation());
    // Normalise the address (drop what was ignored) without adding a history entry.
    const initial = toSearch(encodeView(selectView(store.getState())));
    if (initial !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${initial}${window.location.hash}`);
    }

    let applyingUrl = false;
    const onPopState = () => {
      lastGroup = null;
      applyingUrl = true;
      store.getState().setView(viewFromLocation());
      applyingUrl = false;
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
      const continuing = pendingGroup !== null && pendingGroup === lastGroup;
      lastGroup = pendingGroup;
      if (onlyTyping || continuing) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    });
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
