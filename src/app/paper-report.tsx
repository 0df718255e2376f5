import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { CATEGORY_LABELS, LEVEL_LABELS, prefectureByCode } from '../data';
import type { Project } from '../data';
import { countyName } from '../geo';
import { mapWords } from '../charts/map/map-words';
import { mapChartParts } from '../features/map/map-chart-resource';
import { keyFigureItems } from '../features/summary/key-figures';
import { STATIC_MAP_SLOT } from '../state/static-shell';
import { buildScene } from '../state/scene';
import type { ReadyScene } from '../state/scene';
import { usePrinting } from '../state/selectors';
import { useResourceStates } from '../state/resources';
import { useDashboard } from '../state/store';
import { selectSceneView } from '../state/use-scene';
import { paperDrawings } from '../features/paper/paper-drawings-resource';
import type { PaperDrawings } from '../features/paper/paper-drawings-resource';
import { paperContent, paperView } from '../features/paper/paper-state';

/**
 * The printed report, the same from every mode (office, presentation, console, phone; light or dark): A4
 * landscape, page 1 the title, the source, the filters, the key figures and the whole map drawn for the page;
 * page 2 the statistics; then the list. It stands beside the app (a portal in <body>) while printing, and paper
 * shows it alone (print.css): never the screen's controls, hints or layout.
 */
export function PaperReport() {
  const printing = usePrinting();
  usePaperDrawingsWhenIdle();
  return printing ? createPortal(<Report />, document.body) : null;
}

/**
 * Loads the report's drawings when the page is idle after its map chart came (or at once in the console, which
 * has no map chart): a print from the browser's menu cannot wait for them. A phone whose map was never touched
 * does not pay for them; its paper shows the static map.
 */
function usePaperDrawingsWhenIdle() {
  const cache = useResourceStates();
  const inConsole = useDashboard((s) => s.mode === 'presenter');
  const due = inConsole || cache.state(mapChartParts).status === 'ready';
  useEffect(() => {
    if (!due) return;
    const load = () => {
      if (cache.state(paperDrawings).status === 'idle') cache.load(paperDrawings).catch(() => undefined);
    };
    if (!('requestIdleCallback' in window)) return void setTimeout(load, 200);
    const handle = window.requestIdleCallback(load, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [cache, due]);
}

/** The static map on the page (the prerendered one, standing while a phone's map is untouched), as printing starts. */
function staticMapMarkup(): string | null {
  return document.querySelector(`#root .${STATIC_MAP_SLOT}`)?.innerHTML ?? null;
}

function Report() {
  const view = useDashboard(useShallow(selectSceneView));
  const cache = useResourceStates();
  const [staticMap] = useState(staticMapMarkup);
  const scene = buildScene(paperView(view), cache);
  // Without its list there is no report: the page prints as the screen shows it (what is missing, with its words).
  if (scene.status !== 'ready') return null;
  const drawings = cache.state(paperDrawings);
  const content = paperContent(scene, drawings.status, staticMap !== null);
  const drawn = drawings.status === 'ready' ? drawings.value : null;
  const { source } = scene.list;
  const notes = [content.map, content.charts].flatMap((part) =>
    part.kind === 'missing' ? [part.words] : [],
  );
  const mapFraming = mapWords(scene.map);
  return (
    <div className="paper-report" data-paper-report>
      <header className="paper-header">
        <h1>{scene.title}</h1>
        <p className="paper-source">
          来源：{source.publisher}《{source.title}》（{source.date}）
        </p>
        <p className="paper-caption">{scene.caption}</p>
        {notes.map((words) => (
          <p key={words} className="paper-missing">
            {words}
          </p>
        ))}
      </header>
      <dl className="paper-figures">
        {keyFigureItems(scene).map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd>
              <b>{item.value}</b> {item.unit}
              {item.note ? <small>（{item.note}）</small> : null}
            </dd>
          </div>
        ))}
      </dl>
      {content.map.kind === 'missing' ? null : (
        <figure className="paper-map">
          <figcaption>
            {mapFraming.place ? `地图：${mapFraming.place}。` : '地图：河南省。'}
            {mapFraming.note}
          </figcaption>
          {content.map.kind === 'drawn' && drawn ? (
            <drawn.Map map={content.map.map} henan={drawn.henan} />
          ) : (
            // The page's own prerendered markup, as it stands on the screen.
            <div className="paper-static-map" dangerouslySetInnerHTML={{ __html: staticMap ?? '' }} />
          )}
        </figure>
      )}
      {content.charts.kind === 'drawn' && drawn ? <ChartsPage scene={scene} drawn={drawn} /> : null}
      <section className="paper-list">
        <h2>项目列表（{scene.matching.length} 项）</h2>
        {scene.matching.length === 0 ? <p>没有符合筛选条件的项目。</p> : null}
        <ol>
          {scene.matching.map((p) => (
            <PaperProject key={p.id} project={p} />
          ))}
        </ol>
      </section>
    </div>
  );
}

function ChartsPage({ scene, drawn }: { scene: ReadyScene; drawn: PaperDrawings }) {
  return (
    <section className="paper-charts">
      <h2>统计图表</h2>
      <p className="paper-caption">{scene.caption}</p>
      <drawn.Charts projects={scene.list.projects} filters={scene.filters} />
    </section>
  );
}

/** 「市级 · 郑州市」, 「县级 · 郑州市 金水区」, 「省级」. */
function placeOf(project: Project): string {
  const prefecture = project.prefecture === null ? null : prefectureByCode(project.prefecture)?.name;
  const county = countyName(project.county);
  return [LEVEL_LABELS[project.level], [prefecture, county].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' · ');
}

function PaperProject({ project }: { project: Project }) {
  const categories = [project.category, ...project.tags].map((c) => CATEGORY_LABELS[c]).join('、');
  return (
    <li>
      <p className="paper-project-title">
        №{project.id} {project.title}
      </p>
      <p>{project.unit}</p>
      <p className="paper-project-meta">
        {placeOf(project)}｜{categories}
      </p>
    </li>
  );
}
