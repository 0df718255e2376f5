import { useLayoutEffect } from 'react';
import type { ResourceCache } from '../lib/resource-cache';
import { useResourceCache } from '../state/resources';
import { buildScene } from '../state/scene';
import { useDashboard } from '../state/store';
import { selectSceneView } from '../state/use-scene';

function applyAppearance(cache: ResourceCache): void {
  const state = useDashboard.getState();
  const { theme, mode } = state;
  const root = document.documentElement;
  // The tab, the history and bookmarks name the view (index.html comes named after the newest list): the scene's
  // title, so the tab never names a year or place the page does not show.
  const title = buildScene(selectSceneView(state), cache).documentTitle;
  if (document.title !== title) document.title = title;
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
  if (root.dataset.mode !== mode) root.dataset.mode = mode;
}

/**
 * Puts the theme and the layout on <html> (data-theme, data-mode) and the view (year, filters, open project) in
 * the document's title, where the CSS custom properties of theme.css and the presentation scale hang. It follows
 * the store (and the cache) directly, in the same tick as the change and before React renders it: charts that
 * mount for the new layout then measure their boxes under the new layout's styles (a layout effect would run only
 * after they had mounted, at 0 × 0 in the old one).
 */
export function useDocumentAppearance(): void {
  const cache = useResourceCache();
  useLayoutEffect(() => {
    const apply = () => applyAppearance(cache);
    apply();
    const fromStore = useDashboard.subscribe(apply);
    const fromCache = cache.subscribe(apply);
    return () => {
      fromStore();
      fromCache();
    };
  }, [cache]);
}
