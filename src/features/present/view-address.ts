import { selectView, useDashboard } from '../../state/store';
import { encodeView, toSearch } from '../../state/url';
import type { Mode } from '../../state/filters';

/** This page's address in another layout, with the same filters: for the screen or console window it opens. */
export function addressIn(mode: Mode): string {
  const view = { ...selectView(useDashboard.getState()), mode, project: null };
  return `${window.location.pathname}${toSearch(encodeView(view))}`;
}
