import { source } from '../data';
import { FilterPanel } from '../features/filters/filter-panel';
import { MapView } from '../features/map/map-view';
import { ProjectDetail } from '../features/projects/project-detail';
import { ResultsPanel } from '../features/projects/results-panel';
import { KeyFigures } from '../features/summary/key-figures';
import { useUrlSync } from '../state/url-sync';

/** The dashboard shell: the first screen (header, key figures, filters, map, results, detail). */
export function App() {
  useUrlSync();
  return (
    <div className="app">
      <div className="first-screen">
        <header className="app-header">
          <div className="app-title">
            <h1>河南省人大系统“出彩工作”（2022年度）</h1>
            <p className="app-source">
              来源：{source.publisher}《{source.title}》（{source.date}）
            </p>
          </div>
          <div className="app-actions" />
        </header>
        <KeyFigures />
        <main className="app-main">
          <div className="panel filters-column">
            <FilterPanel />
          </div>
          <section className="panel map-panel" aria-label="地图">
            <p className="map-caption">
              颜色：各省辖市市级、县级项目数 · <span className="caption-province">●</span> 省级项目单列
            </p>
            <MapView />
          </section>
          <div className="results-column">
            <ResultsPanel />
            <ProjectDetail />
          </div>
        </main>
      </div>
    </div>
  );
}
