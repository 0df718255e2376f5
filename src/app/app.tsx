import { useEffect, useRef } from 'react';
import type { ComponentProps } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { PanelBoundary } from '../components/ui/panel-boundary';
import { dashboardTitle } from '../data';
import { useList } from '../state/current-list';
import { YearSwitcher } from '../features/years/year-switcher';
import { ChartExportButtons } from '../features/export/chart-export-buttons';
import { DashboardExportButton } from '../features/export/dashboard-export-button';
import { DeckExportButton } from '../features/export/deck-export-button';
import { ExportToast } from '../features/export/export-toast';
import { ListExportButtons } from '../features/export/list-export-buttons';
import { FilterPanel } from '../features/filters/filter-panel';
import { MapView } from '../features/map/map-view';
import { ProjectDetail } from '../features/projects/project-detail';
import { ResultsPanel } from '../features/projects/results-panel';
import { PresentButton } from '../features/present/present-button';
import { ThemeToggle } from '../features/present/theme-toggle';
import { KeyFigures } from '../features/summary/key-figures';
import { useDashboard } from '../state/store';
import { useUrlSync } from '../state/url-sync';
import { useAfterFirstMap } from './use-after-first-map';
import { useAfterMapFrame } from './use-after-map-frame';
import { usePrintReady } from './use-print-ready';
import { useDocumentAppearance } from './use-document-appearance';
import { HeaderActions } from './header-actions';
import { ListMissing } from './list-missing';
import { PaperReport } from './paper-report';
import { useScene } from '../state/use-scene';
import { resource } from '../lib/resource-cache';
import { reloadFailedStylesheets } from '../lib/stylesheets';
import { useLoaded, useResourceCache } from '../state/resources';

/**
 * A lazily loaded chunk as a resource of the app's cache. Asking again after a failure (重试) first downloads
 * again the stylesheets that failed: Vite's preload helper never asks for them twice.
 */
const chunk = <T,>(key: string, load: () => Promise<T>) =>
  resource(`chunk:${key}`, () => reloadFailedStylesheets().then(load));

// The statistics load after the first screen, in their own chunk (bar charts, axes and all). Like the
// presentation and the console below, a failed download shows in its panel, whose 重试 asks the cache again.
const statisticsChunk = chunk('statistics', () => import('../features/statistics/charts-section'));
function StatisticsLoading() {
  return <p className="charts-loading">统计图表加载中……</p>;
}

// Presentation mode is a different screen; office users never download it.
const presentChunk = chunk('present', () => import('../features/present/present-screen'));
// The presenter console (演讲者视图) is an operator's tool: its own chunk, never downloaded by the office.
const consoleChunk = chunk('presenter', () => import('../features/present/presenter-console'));

function Statistics(props: ComponentProps<typeof import('../features/statistics/charts-section').default>) {
  const module = useLoaded(statisticsChunk);
  return module ? <module.default {...props} /> : <StatisticsLoading />;
}

function PresentScreen(
  props: ComponentProps<typeof import('../features/present/present-screen').PresentScreen>,
) {
  const module = useLoaded(presentChunk);
  return module ? <module.PresentScreen {...props} /> : <PresentLoading />;
}

function PresenterConsole(
  props: ComponentProps<typeof import('../features/present/presenter-console').PresenterConsole>,
) {
  const module = useLoaded(consoleChunk);
  return module ? <module.PresenterConsole {...props} /> : <PresentLoading what="演讲者视图" />;
}

const MAP_EXPORT = { name: 'map', heading: '地图', fileLabel: '地图', height: 760 } as const;
// The map's panel in the whole-dashboard image; the statistics charts follow it there.
const DASHBOARD_MAP = { name: MAP_EXPORT.name, heading: '分布地图', height: MAP_EXPORT.height };
// The link's target is a heading (tabindex -1); focusing it directly keeps the URL free of a #fragment.
function skipToResults(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById('results-heading');
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

/** The map, in a boundary of its own: a chart that throws leaves the rest of the page working. */
function MapPanelContent({ withTable, actions }: { withTable?: boolean; actions?: ReactNode }) {
  return (
    <PanelBoundary what="地图">
      <MapView withTable={withTable} actions={actions} />
    </PanelBoundary>
  );
}

/** The way back to the office layout when the presentation screen itself failed. */
function LeavePresentButton() {
  const setMode = useDashboard((s) => s.setMode);
  return (
    <button type="button" className="button" onClick={() => setMode('office')}>
      退出演示
    </button>
  );
}

/** While the presentation screen downloads: say so, and keep the way out (退出演示, Esc) working. */
function PresentLoading({ what = '演示模式' }: { what?: string }) {
  const setMode = useDashboard((s) => s.setMode);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMode('office');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setMode]);
  return (
    <div className="present-loading">
      <p role="status">{what}加载中……</p>
      <LeavePresentButton />
    </div>
  );
}

/**
 * The app: the dashboard when the view's list is here; otherwise the view's year with what is missing (loading,
 * or failed with 重试), never another year in its place.
 */
export function App() {
  useDocumentAppearance();
  const scene = useScene();
  usePrintReady();
  return scene.status === 'ready' ? (
    <>
      <Dashboard />
      <PaperReport />
    </>
  ) : (
    <ListMissing scene={scene} />
  );
}

/**
 * The dashboard shell: the first screen (header, key figures, filters, map, results, detail), then the statistics.
 * The map draws first; the filters, the list and the map's data table come a frame later.
 */
function Dashboard() {
  useUrlSync();
  const cache = useResourceCache();
  const retry = (chunk: Parameters<typeof cache.load>[0]) => void cache.load(chunk).catch(() => undefined);
  const mode = useDashboard((s) => s.mode);
  const presenting = mode === 'present';
  const list = useList();
  const statisticsSlot = useRef<HTMLDivElement>(null);
  const statisticsWanted = useAfterFirstMap(statisticsSlot);
  const sidesShown = useAfterMapFrame();
  if (mode === 'presenter') {
    return (
      <PanelBoundary what="演讲者视图" onRetry={() => retry(consoleChunk)} extra={<LeavePresentButton />}>
        <PresenterConsole
          filterPanel={<FilterPanel commit="on-leave" disableEmpty />}
          yearSwitcher={<YearSwitcher className="presenter-year" />}
        />
      </PanelBoundary>
    );
  }
  // Presentation replaces the whole page (no filter panel, no statistics below the first screen).
  if (presenting) {
    return (
      <PanelBoundary what="演示模式" onRetry={() => retry(presentChunk)} extra={<LeavePresentButton />}>
        <>
          <PresentScreen
            map={<MapPanelContent />}
            keyFigures={<KeyFigures />}
            actions={<DeckExportButton className="present-button" />}
            yearSwitcher={(choose) => <YearSwitcher className="present-year" onChoose={choose} />}
          />
          <ExportToast />
        </>
      </PanelBoundary>
    );
  }
  const { source } = list;
  return (
    <div className="app">
      <a className="skip-link" href="#results-heading" onClick={skipToResults}>
        跳到项目列表
      </a>
      <div className="first-screen">
        <header className="app-header">
          <div className="app-title">
            <h1>{dashboardTitle(source.year)}</h1>
            <p className="app-source">
              来源：{source.publisher}
              <span className="app-source-title">《{source.title}》</span>
              <span className="app-source-date">（{source.date}）</span>
            </p>
          </div>
          <HeaderActions>
            <YearSwitcher />
            <ThemeToggle />
            <PresentButton />
            <DashboardExportButton map={DASHBOARD_MAP} />
            <DeckExportButton />
          </HeaderActions>
        </header>
        <KeyFigures />
        <main className="app-main">
          <div className="panel filters-column">
            <PanelBoundary what="筛选">{sidesShown ? <FilterPanel /> : null}</PanelBoundary>
          </div>
          <section className="panel map-panel" aria-labelledby="map-heading">
            <h2 id="map-heading" className="visually-hidden">
              地图
            </h2>
            {/* Its visually hidden data table comes with the side columns. */}
            <MapPanelContent
              withTable={sidesShown}
              actions={
                <ChartExportButtons
                  className="map-export"
                  chartName={MAP_EXPORT.name}
                  heading={MAP_EXPORT.heading}
                  fileLabel={MAP_EXPORT.fileLabel}
                />
              }
            />
          </section>
          <div className="results-column">
            <PanelBoundary what="项目列表">
              {sidesShown ? (
                <>
                  <ResultsPanel toolbar={<ListExportButtons />} />
                  <ProjectDetail />
                </>
              ) : null}
            </PanelBoundary>
          </div>
        </main>
      </div>
      {/* The statistics' place below the first screen: they load as it comes near the view. */}
      <div className="statistics-slot" ref={statisticsSlot}>
        {statisticsWanted ? (
          <PanelBoundary what="统计图表" onRetry={() => retry(statisticsChunk)}>
            <Statistics
              renderActions={(chart) => (
                <ChartExportButtons
                  chartName={chart.name}
                  heading={chart.heading}
                  note={chart.note}
                  fileLabel={chart.fileLabel}
                />
              )}
            />
          </PanelBoundary>
        ) : null}
      </div>
      <ExportToast />
    </div>
  );
}
