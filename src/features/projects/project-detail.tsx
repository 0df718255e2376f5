import { useEffect, useRef } from 'react';
import { Badge } from '../../components/ui/badge';
import { CategoryBadges } from './category-badges';
import { LEVEL_LABELS, prefectureByCode } from '../../data';
import type { Project } from '../../data';
import { countyName } from '../../geo';
import { projectPlace } from '../../state/project-place';
import { useList } from '../../state/current-list';
import { useMatchingProjects } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import './projects.css';

/** A project that the filters leave out (opened by a link): say so, and offer its context. */
function OutsideFilter({ project, onShown }: { project: Project; onShown: () => void }) {
  const showInContext = useDashboard((s) => s.showInContext);
  const where =
    project.prefecture === null
      ? '全部省级项目'
      : `${prefectureByCode(project.prefecture)?.name ?? ''}的全部项目`;
  return (
    <div className="detail-outside" role="note">
      <p>该项目不在当前筛选结果中。</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          showInContext(project);
          onShown();
        }}
      >
        显示{where}
      </button>
    </div>
  );
}

/** The open project: all its fields, highlights as large figures, the full summary. Esc closes it. */
export function ProjectDetail() {
  const id = useDashboard((s) => s.project);
  const closeProject = useDashboard((s) => s.closeProject);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { projectById } = useList();
  const project = id === null ? undefined : projectById(id);
  const matching = useMatchingProjects();
  const inFilter = project !== undefined && matching.some((p) => p.id === project.id);

  // The note and its button go once the project is in the filter: the focus moves to the title, not the page.
  const contextShown = useRef(false);
  useEffect(() => {
    if (!inFilter || !contextShown.current) return;
    contextShown.current = false;
    headingRef.current?.focus();
  }, [inFilter]);

  useEffect(() => {
    if (!project) return;
    headingRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeProject();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [project, closeProject]);

  if (!project) return null;
  return (
    <aside className="panel project-detail" aria-labelledby="detail-title">
      <header className="detail-header">
        <span className="detail-no">№{project.id}</span>
        <button type="button" className="icon-button" onClick={closeProject} aria-label="关闭详情">
          ×
        </button>
      </header>
      <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
        {project.title}
      </h2>
      {inFilter ? null : <OutsideFilter project={project} onShown={() => (contextShown.current = true)} />}
      <dl className="detail-facts">
        <div>
          <dt>申报单位</dt>
          <dd>{project.unit}</dd>
        </div>
        <div>
          <dt>层级</dt>
          <dd>
            <Badge tone={project.level}>{LEVEL_LABELS[project.level]}</Badge>
          </dd>
        </div>
        <div>
          <dt>地区</dt>
          <dd>{projectPlace(project, countyName(project.county))}</dd>
        </div>
        <div>
          <dt>类别</dt>
          <dd className="detail-badges">
            <CategoryBadges project={project} />
          </dd>
        </div>
      </dl>
      {project.highlights.length > 0 ? (
        <ul className="highlights" aria-label="关键数字">
          {project.highlights.map((h) => (
            <li key={`${h.label}-${h.value}`}>
              <span className="highlight-value">{h.value.toLocaleString('zh-CN')}</span>
              <span className="highlight-unit">{h.unit}</span>
              <span className="highlight-label">{h.label}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>项目简介</h3>
      <p className="detail-summary">{project.summary}</p>
    </aside>
  );
}
