import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { reloadWhenStale } from './app/reload-when-stale';
import { loadProvinceGeometry } from './geo';
import { lists } from './data';
import { useDashboard } from './state/store';
import { viewFromLocation, yearFromLocation } from './state/url-sync';
import { adoptStaticShell, mapChartDeferred } from './state/static-shell';
import { loadMapChart } from './features/map/map-panel';
import './app/app.css';
import './app/responsive.css';
import './app/static-shell.css';
// Last: the themes override the light colours that app.css and the feature styles write out.
import './app/theme.css';
// Windows High Contrast: after the themes, whose pressed colours it replaces.
import './app/forced-colors.css';
// Paper: after everything it overrides.
import './app/print.css';

/**
 * How long the first render waits for the map geometry. The build preloads it alongside this script, so it is
 * normally here already; on a slow link the page does not stay empty for it, and the map panel says 加载中.
 */
const GEOMETRY_HEAD_START_MS = 400;

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');
// The build's prerendered first screen, if it shows this view: the app hydrates it, keeping every element on
// screen. Otherwise (`npm run dev`, a link to another view) it renders anew, replacing the page's frame.
const shell = adoptStaticShell(root);
// The live map chart and ECharts come in their own chunk, fetched now alongside the list and geometry; a phone
// with the static map on screen fetches it only when the map is touched (a failure here is the map panel's to
// report, when it loads the chunk itself).
if (!mapChartDeferred()) loadMapChart().catch(() => undefined);

function render(root: HTMLElement, shell: HTMLElement | null): void {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (!shell) {
    createRoot(root).render(app);
    return;
  }
  // The message for a page that cannot start is not needed any more (createRoot would have replaced it).
  root.querySelector('.boot-stale')?.remove();
  hydrateRoot(shell, app, {
    // A difference between the build's markup and the first render: React renders that part anew, which works
    // but costs the time hydration saves. Named in the console (a test watches for it), not shown to anyone.
    onRecoverableError: (error) => console.warn('Hydration fell back to rendering:', error),
  });
}

reloadWhenStale();

// The map is the first screen. With its geometry in hand the first render creates the chart at once, instead of
// rendering a loading message and then the map. A failure is reported by the map panel, which awaits the same
// promise. The link's list (the newest year's unless it names another) is needed before anything renders; the
// build preloads the newest with the entry script. A prerendered shell already shows the map: hydration waits
// for the geometry however long it takes (rendering 加载中 would blank the shell's map and differ from its markup).
const geometry = Promise.race([
  loadProvinceGeometry(),
  ...(shell ? [] : [new Promise((resolve) => setTimeout(resolve, GEOMETRY_HEAD_START_MS))]),
]).catch(() => undefined);
const list = lists.load(yearFromLocation()).catch(() => lists.load(lists.defaultYear));
void Promise.all([geometry, list]).then(() => {
  // The first render is already the link's view (its year's list, its filters), not the default one.
  useDashboard.getState().setView(viewFromLocation());
  render(root, shell);
});
