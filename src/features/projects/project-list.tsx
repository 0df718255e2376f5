import { Badge } from '../../components/ui/badge';
import { CategoryBadges } from './category-badges';
import type { Project } from '../../data';
import { LEVEL_LABELS } from '../../data';
import './projects.css';

interface ProjectListProps {
  projects: readonly Project[];
  selectedId?: number | null;
  onOpen?: (id: number) => void;
}

/** The matching projects, by №; each item opens the project's detail. */
export function ProjectList({ projects, selectedId = null, onOpen }: ProjectListProps) {
  return (
    <ol className="project-list" aria-label="项目列表">
      {projects.map((p) => (
        <li key={p.id} data-project-id={p.id} className={p.id === selectedId ? 'is-selected' : undefined}>
          <button
            type="button"
            className="project-item"
            onClick={() => onOpen?.(p.id)}
            aria-current={p.id === selectedId ? 'true' : undefined}
          >
            <span className="project-no">№{p.id}</span>
            <span className="project-title">{p.title}</span>
            <span className="project-unit">{p.unit}</span>
            <span className="project-badges">
              <Badge tone={p.level}>{LEVEL_LABELS[p.level]}</Badge>
              <CategoryBadges project={p} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
