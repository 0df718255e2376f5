import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { ChartReportsContext } from './components/ui/chart-reports';
import type { ChartReports, ReportedChart } from './components/ui/chart-reports';
import { reloadWhenStale } from './app/reload-when-stale';
import { afterFirstPaint } from './lib/after-first-paint';
import { lists } from './data';
import { useDashboard } from './state/store';
import { appResources } from './state/resources';
import { linkedViewWithoutList, viewFromLocation, yearFromLocation } from './state/url-sync';
import { adoptStaticShell, ShellMapContext } from './state/static-shell';
import { fetchMapChartAhead } from './app/map-chart-ahead';
import './app/app.css';
import './app/responsive.css';
import './app/static-shell.css';
// Last: the themes override the light colours that app.css and the feature styles write out.
import './app/theme.css';
// Windows High Contrast: after the themes, whose pressed colours it replaces.
import './app/forced-colors.css';
// Paper: after everything it overrides.
import './app/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');
// The page's own script is running: the message for a page that cannot start must not cover it, however long
// what it loads takes (the prerendered first screen stays meanwhile). It goes for good when the app renders.
root.querySelector<HTMLElement>('.boot-stale')?.setAttribute('hidden', '');
// The build's prerendered first screen, if it shows this view: the app hydrates it, keeping every element on
// screen. Otherwise (`npm run dev`, a link to another view) it renders anew, replacing the page's frame.
const { shell, ...shellMap } = adoptStaticShell(root);

// Which charts are on screen is the store's (drawnCharts). Builds made for automation (VITE_TEST_HOOKS=1: the
// browser tests, the bench) also show the live instances to them as window.__charts; the flag is a build-time
// constant, so a production build carries neither the map nor the name.
const automation = import.meta.env.VITE_TEST_HOOKS === '1' ? new Map<string, ReportedChart>() : null;
if (automation) window.__charts = automation as NonNullable<Window['__charts']>;
const chartReports: ChartReports = {
  drawn: (name, chart) => {
    automation?.set(name, chart);
    useDashboard.getState().chartDrawn(name, chart);
  },
  gone: (name, chart) => {
    if (automation?.get(name) === chart) automation.delete(name);
    useDashboard.getState().chartGone(name, chart);
  },
};

function render(root: HTMLElement, shell: HTMLElement | null): void {
  const app = (
    <StrictMode>
      <ShellMapContext.Provider value={shellMap}>
        <ChartReportsContext.Provider value={chartReports}>
          <App />
        </ChartReportsContext.Provider>
      </ShellMapContext.Provider>
    </StrictMode>
  );
  if (!shell) {
    createRoot(root).render(app);
    return;
  }
  // The message for a page that cannot start is not needed any more (createRoot would have replaced it).
  root.querySelector('.boot-stale')?.remove();
  // In a transition: React hydrates in slices of a few milliseconds, yielding to the browser in between (a tap,
  // a scroll, a frame), instead of one long task; the page on screen is the shell meanwhile, which looks the same.
  startTransition(() => {
    hydrateRoot(shell, app, {
      // A difference between the build's markup and the first render: React renders that part anew, which works
      // but costs the time hydration saves. Named in the console (a test watches for it), not shown to anyone.
      onRecoverableError: (error) => console.warn('Hydration fell back to rendering:', error),
    });
  });
}

reloadWhenStale();

// The map's layout (henan-measures.json, part of the entry) is there at once; its shapes come with the chart. The
// link's list (the newest year's unless it names another) is waited for before the first render; the build
// preloads the newest with the entry script. A list that fails is not replaced by another year's: the app renders
// the link's year with 名单加载失败 and 重试, and the address keeps `year=`. A prerendered shell hydrates after the
// page's first paint: the HTML is on screen before hydration takes its share of the main thread.
const listArrived = appResources.load(lists.resource(yearFromLocation())).then(
  () => true,
  () => false,
);
const painted = shell ? afterFirstPaint() : Promise.resolve();
// The live map chart and ECharts come in their own chunk with the map's shapes: after the first paint where the
// chart is made at once; while the page is idle on a phone that keeps the static map until it is touched.
fetchMapChartAhead(shellMap.chartDeferred, painted);
void Promise.all([listArrived, painted]).then(([arrived]) => {
  // The first render is already the link's view (its year's list, its filters), not the default one.
  useDashboard.getState().setView(viewFromLocation() ?? linkedViewWithoutList());
  // Without its list the shell cannot be the page: the app renders the failure in its place.
  render(root, arrived ? shell : null);
});
