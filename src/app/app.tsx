import { source } from '../data';
import { FilterPanel } from '../features/filters/filter-panel';
import { MapView } from '../features/map/map-view';
import { ProjectDetail } from '../features/projects/project-detail';
import { ResultsPanel } from '../features/projects/results-panel';
import { KeyFigures } from '../features/summary/key-figures';
import { useUrlSync } from '../state/url-sync';

/** The dashboard shell: header, key figures, filters, map, results and detail. */
export function App() {
  useUrlSync();
  return (
    <div className="app">
      <header className="app-header">
        <h1>河南省人大系统“出彩工作”（2022年度）</h1>
        <p className="app-source">
          来源：{source.publisher}《{source.title}》（{source.date}）
        </p>
      </header>
      <KeyFigures />
      <main className="app-main">
        <div className="panel filters-column">
          <FilterPanel />
        </div>
        <section className="panel map-panel" aria-label="地图">
          <MapView />
        </section>
        <div className="results-column">
          <ResultsPanel />
          <ProjectDetail />
        </div>
      </main>
    </div>
  );
}
