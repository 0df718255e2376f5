import type { ReactNode } from 'react';
import { projects } from '../../data';
import { useMatchingProjects } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import { ProjectList } from './project-list';

interface ResultsPanelProps {
  /** Actions for the list (the shell puts the export buttons here). */
  toolbar?: ReactNode;
}

/** "显示 N / 35 项", the matching list, or a clear empty state with a way out. */
export function ResultsPanel({ toolbar }: ResultsPanelProps) {
  const matching = useMatchingProjects();
  const selected = useDashboard((s) => s.project);
  const openProject = useDashboard((s) => s.openProject);
  const resetFilters = useDashboard((s) => s.resetFilters);

  return (
    <section className="panel results-panel" aria-labelledby="results-heading">
      <h2 id="results-heading" className="results-heading">
        项目列表
        <output className="result-count" aria-live="polite">
          显示 {matching.length} / {projects.length} 项
        </output>
      </h2>
      {toolbar ? <div className="results-toolbar">{toolbar}</div> : null}
      {matching.length > 0 ? (
        <ProjectList projects={matching} selectedId={selected} onOpen={openProject} />
      ) : (
        <div className="empty-state" role="status">
          <p>没有符合当前筛选条件的项目。</p>
          <button type="button" className="button" onClick={resetFilters}>
            重置筛选
          </button>
        </div>
      )}
    </section>
  );
}
