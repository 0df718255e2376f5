import type { Project } from '../../data';
import type { MissingPart } from '../../state/scene';
import { stopCount } from './tour-steps';
import type { TourStep } from './tour-steps';

function ProjectCard({ project }: { project: Project }) {
  return (
    <li className="tour-project" data-project-id={project.id}>
      <p className="tour-project-title">
        <span className="tour-project-no">№{project.id}</span>
        {project.title}
      </p>
      <p className="tour-project-unit">{project.unit}</p>
      {project.highlights.length > 0 ? (
        <ul className="tour-highlights" aria-label="关键数字">
          {project.highlights.map((h) => (
            <li key={`${h.label}-${h.value}`}>
              <span className="tour-highlight-value">
                {h.value.toLocaleString('zh-CN')}
                <small>{h.unit}</small>
              </span>
              <span className="tour-highlight-label">{h.label}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

interface TourPanelProps {
  step: TourStep | undefined;
  index: number;
  count: number;
  /** Short state of the tour: 轮播中, 已暂停 … */
  status: string;
  /** The console's year's list, which this screen waits for before it shows the console's stop. */
  awaited?: MissingPart | null;
  /** Whether a presenter console drives this screen: its filters are chosen there, not here. */
  driven?: boolean;
}

/** The side panel of the presentation screen: the current stop, its projects and their key figures. */
export function TourPanel({ step, index, count, status, awaited = null, driven = false }: TourPanelProps) {
  if (awaited) {
    return (
      <section className="panel tour-panel" aria-labelledby="tour-heading">
        <header className="tour-heading">
          <h2 id="tour-heading">
            {awaited.what}
            {awaited.status === 'failed' ? '加载失败' : '加载中……'}
          </h2>
        </header>
        <p className="tour-empty">
          {awaited.status === 'failed'
            ? '演讲者视图显示的年度未能加载到本窗口：请检查网络后点年度旁的重试。'
            : '演讲者视图显示的年度正在加载，加载完成后即显示当前站。'}
        </p>
      </section>
    );
  }
  return (
    <section className="panel tour-panel" aria-labelledby="tour-heading">
      <header className="tour-heading">
        <h2 id="tour-heading">
          {step ? step.name : '无匹配项目'}
          {step && step.pages > 1 ? (
            <span className="tour-page">
              {' '}
              {step.page}/{step.pages}
            </span>
          ) : null}
          {step ? <span className="tour-count">{stopCount(step)}</span> : null}
        </h2>
        <p className="tour-progress">
          {count > 0 ? `${index + 1} / ${count}` : '0 / 0'} · {status}
        </p>
      </header>
      {step ? (
        <ol className="tour-projects">
          {step.projects.map((p) => (
            <ProjectCard key={p.id} project={p} />
          ))}
        </ol>
      ) : (
        <p className="tour-empty">
          {driven
            ? '没有符合当前筛选条件的项目：请在演讲者视图中调整筛选。'
            : '没有符合当前筛选条件的项目。退出演示后可调整筛选。'}
        </p>
      )}
    </section>
  );
}
