import { Badge } from '../../components/ui/badge';
import { CATEGORY_LABELS } from '../../data';
import type { Project } from '../../data';

/** The primary category as a filled chip, then the other categories that also apply as outlined ones. */
export function CategoryBadges({ project }: { project: Project }) {
  return (
    <>
      <Badge tone="category">{CATEGORY_LABELS[project.category]}</Badge>
      {project.tags.map((tag) => (
        <Badge key={tag} tone="category" secondary>
          {CATEGORY_LABELS[tag]}
        </Badge>
      ))}
    </>
  );
}
