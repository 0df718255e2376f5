import { useLayoutEffect } from 'react';
import { useDashboard } from '../state/store';

/**
 * Puts the theme and the layout on <html> (data-theme, data-mode), where the CSS custom properties of
 * theme.css and the presentation scale hang. A layout effect, so the first frame is already right.
 */
export function useDocumentAppearance(): void {
  const theme = useDashboard((s) => s.theme);
  const mode = useDashboard((s) => s.mode);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.mode = mode;
  }, [theme, mode]);
}
