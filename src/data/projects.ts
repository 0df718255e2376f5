// The only importer of the data file: everything else gets validated, frozen, typed objects.
import raw from '../../data/projects.json';
import { parseDataset, type Dataset, type Project } from './schema';

// Validation with the zod schema: in development and tests it runs here, at module load, so a bad file
// fails loudly instead of surfacing as a wrong number on the map. A production build has already run the same
// schema over the same file (scripts/validate-data-plugin.ts fails the build otherwise), so the bundle ships
// the validated data without carrying zod (≈ 60 KB gzip) to every screen.
/** The validated data file, deep-frozen. */
export const dataset: Dataset = deepFreeze(
  import.meta.env.PROD ? (raw as unknown as Dataset) : parseDataset(raw),
);

/** All projects, sorted by id (the notice's order). */
export const projects: readonly Project[] = Object.freeze([...dataset.projects].sort((a, b) => a.id - b.id));

/** The notice the data comes from. */
export const source: Dataset['source'] = dataset.source;

const byId = new Map(projects.map((p) => [p.id, p]));

/** The project with this id, or undefined. */
export function projectById(id: number): Project | undefined {
  return byId.get(id);
}

// zod's .readonly() already freezes what it parses; this keeps the guarantee from depending on
// every schema node remembering to say so. It recurses into frozen objects too, since a frozen
// parent says nothing about its children (parsed JSON has no cycles).
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
