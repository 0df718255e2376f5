import { useLayoutEffect } from 'react';
import { dashboardTitle } from '../data';
import { useDashboard } from '../state/store';
import type { DashboardState } from '../state/store';

function applyAppearance({ theme, mode, year }: Pick<DashboardState, 'theme' | 'mode' | 'year'>): void {
  const root = document.documentElement;
  // The tab and the history name the year shown (index.html comes named after the newest list).
  const title = dashboardTitle(year);
  if (document.title !== title) document.title = title;
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
  if (root.dataset.mode !== mode) root.dataset.mode = mode;
}

/**
 * Puts the theme and the layout on <html> (data-theme, data-mode) and the year in the document's title, where the CSS custom properties of
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
