// Build time only (scripts/prerender-plugin.ts loads this module in Node): the first screen of the default view
// as HTML, for the page to paint before any script has run. The browser never loads this module.
import { renderToStaticMarkup } from 'react-dom/server';
import { lists } from '../data';
import { loadHenan, loadProvinceGeometry } from '../geo';
import { STATIC_SHELL, startPrerendering } from '../state/static-shell';
import { App } from './app';

/** The markup of the default view's first screen: header, key figures, filters, the static map and the list. */
export async function renderFirstScreen(): Promise<string> {
  const [henan] = await Promise.all([loadHenan(), loadProvinceGeometry(), lists.load(lists.defaultYear)]);
  startPrerendering(henan);
  return renderToStaticMarkup(
    <div className={STATIC_SHELL}>
      <App />
    </div>,
  );
}
