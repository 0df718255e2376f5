import { useLayoutEffect } from 'react';
import { dashboardTitle } from '../data';
import { countyName } from '../geo';
import { listFor } from '../state/current-list';
import { documentTitle } from '../state/describe-filters';
import { selectFilters, useDashboard } from '../state/store';
import type { DashboardState } from '../state/store';

function applyAppearance(state: DashboardState): void {
  const { theme, mode, year, project } = state;
  const root = document.documentElement;
  // The tab, the history and bookmarks name the view (index.html comes named after the newest list).
  const title = documentTitle({
    base: dashboardTitle(year),
    filters: selectFilters(state),
    projectTitle: listFor(year).projects.find((p) => p.id === project)?.title,
    mode,
    countyName: countyName(state.county),
  });
  if (document.title !== title) document.title = title;
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
  if (root.dataset.mode !== mode) root.dataset.mode = mode;
}

/**
 * Puts the theme and the layout on <html> (data-theme, data-mode) and the view (year, filters, open project) in the document's title, where the CSS custom properties of
 * theme.css and the presentation scale hang. It follows the store directly, in the same tick as the change and
 * before React renders it: charts that mount for the new layout then measure their boxes under the new layout's
 * styles (a layout effect would run only after they had mounted, at 0 × 0 in the old one).
 */
export function useDocumentAppearance(): void {
  useLayoutEffect(() => {
    applyAppearance(useDashboard.getState());
    return useDashboard.subscribe(applyAppearance);
  }, []);
}
