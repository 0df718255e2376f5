import { useEffect, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useList } from '../../state/current-list';
import { useMatchingProjects } from '../../state/selectors';
import { useDashboard } from '../../state/store';
import { ProjectList } from './project-list';

interface ResultsPanelProps {
  /** Actions for the list (the shell puts the export buttons here). */
  toolbar?: ReactNode;
}

/** "显示 N / M 项", the matching list, or a clear empty state with a way out. */
export function ResultsPanel({ toolbar }: ResultsPanelProps) {
  const { projects } = useList();
  const matching = useMatchingProjects();
  const selected = useDashboard((s) => s.project);
  const openProject = useDashboard((s) => s.openProject);
  const resetFilters = useDashboard((s) => s.resetFilters);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useReturnFocusFromDetail(selected, panelRef);

  const resetFromEmptyState = () => {
    resetFilters();
    // The button goes away with the empty state; the list it brings back is where the user goes on.
    headingRef.current?.focus();
  };

  return (
    // While a project's detail covers the list, the list is inert: Tab never lands on items nobody can see.
    <section
      ref={panelRef}
      className="panel results-panel"
      aria-labelledby="results-heading"
      inert={selected !== null}
    >
      <h2 id="results-heading" ref={headingRef} tabIndex={-1} className="results-heading">
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
          <button type="button" className="button" onClick={resetFromEmptyState}>
            重置筛选
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * When the detail closes (关闭详情, Esc, Back) and took the focus with it, the focus goes back to the list item
 * of the project that was open, so a keyboard user carries on where they were. Focus the user has put
 * elsewhere in the meantime (e.g. the search box) stays where it is.
 */
function useReturnFocusFromDetail(selected: number | null, panelRef: RefObject<HTMLElement | null>) {
  const lastOpen = useRef<number | null>(null);
  useEffect(() => {
    if (selected !== null) {
      lastOpen.current = selected;
      return;
    }
    const id = lastOpen.current;
    lastOpen.current = null;
    const active = document.activeElement;
    if (id === null || (active !== null && active !== document.body)) return;
    panelRef.current?.querySelector<HTMLElement>(`[data-project-id="${id}"] button`)?.focus();
  }, [selected, panelRef]);
}
