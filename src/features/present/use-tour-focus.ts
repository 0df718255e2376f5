import { useEffect } from 'react';
import { useDashboard } from '../../state/store';

/** Tells the map which region the tour shows (never the region filter, never the URL); cleared on unmount. */
export function useTourFocus(focus: string | null): void {
  const setTourFocus = useDashboard((s) => s.setTourFocus);
  useEffect(() => {
    setTourFocus(focus);
  }, [focus, setTourFocus]);
  useEffect(() => () => setTourFocus(null), [setTourFocus]);
}
