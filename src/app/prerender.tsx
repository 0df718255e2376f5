// Build time only (scripts/prerender-plugin.ts loads this module in Node): the first screen of the default view
// as HTML, for the page to paint before any script has run. The browser never loads this module.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { lists } from '../data';
import type { Project } from '../data';
import { loadHenan, provinceGeometry } from '../geo';
import { STATIC_SHELL, StaticMapRendererContext } from '../state/static-shell';
import { appResources } from '../state/resources';
import { App } from './app';
import { staticMapOf } from '../features/map/static-map';
import { LIGHT_THEME } from '../lib/theme';

/**
 * The markup of the default view's first screen: header, key figures, filters, the static map and the list. React's
 * own markup (renderToString), for the browser hydrates it: the page's elements stay, nothing is painted twice.
 */
export async function renderFirstScreen(): Promise<string> {
  const [henan] = await Promise.all([loadHenan(), appResources.load(lists.resource(lists.defaultYear))]);
  const renderStaticMap = (matching: readonly Project[]) =>
    staticMapOf(matching, henan, provinceGeometry(), LIGHT_THEME);
  const app = renderToString(
    <StrictMode>
      <StaticMapRendererContext.Provider value={renderStaticMap}>
        <App />
      </StaticMapRendererContext.Provider>
    </StrictMode>,
  );
  return `<div class="${STATIC_SHELL}">${app}</div>`;
}
