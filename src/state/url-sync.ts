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

/**
 * Keeps the URL and the store in step: the URL is read on start and on Back/Forward; each change writes it.
 * Typing in the search box replaces the history entry; discrete changes push one, so Back returns to the
 * previous filter.
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
      if (onlyTyping) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    });
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
