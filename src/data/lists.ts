// The only door to the list files: everything else gets validated, frozen, typed lists through here.
import { parseDataset } from './schema';
import type { Dataset, Project } from './schema';
import { resourceFamily } from '../lib/resource-cache';
import type { Resource } from '../lib/resource-cache';

/** One year's list, validated and frozen: the notice it comes from and its projects in the notice's order. */
export interface ProjectList {
  readonly year: number;
  readonly source: Dataset['source'];
  /** Sorted by id (the notice's order). */
  readonly projects: readonly Project[];
  /** The project with this id, or undefined. */
  readonly projectById: (id: number) => Project | undefined;
}

/** Imports one list file's JSON (a lazily loaded chunk of its own). */
export type ListLoader = () => Promise<unknown>;

/** The lists there are, by year: each a resource of the app's cache (src/state/resources.tsx). */
export interface ListRegistry {
  /** Years that have a list, newest first. */
  readonly years: readonly number[];
  /** The newest year: what a link without `year=` shows. */
  readonly defaultYear: number;
  /** The year's list as a cache resource (loaded and checked on first use); throws for a year without a list. */
  resource: (year: number) => Resource<ProjectList>;
}

const YEAR_FILE = /(?:^|\/)(\d{4})\.json$/;

// A production build has validated every list already (scripts/validate-data-plugin.ts). Naming the parser only
// outside production lets the bundler drop it, and zod with it (about 25 KB gzip off the first screen); a
// `validate` flag alone did not, since the bundler cannot see that the flag is always false there.
const parseAtRunTime = import.meta.env.PROD ? undefined : parseDataset;

/**
 * A registry over list files named `<year>.json` (path → loader, as `import.meta.glob` gives them). Adding a file
 * is the only step to another year. `validate` runs the zod schema on load: in development and tests; a
 * production build has already validated every file (scripts/validate-data-plugin.ts) and ships without zod.
 */
export function createListRegistry(
  loaders: Readonly<Record<string, ListLoader>>,
  validate: boolean = !import.meta.env.PROD,
): ListRegistry {
  const byYear = new Map<number, ListLoader>();
  for (const [path, loader] of Object.entries(loaders)) {
    const year = YEAR_FILE.exec(path)?.[1];
    if (!year) throw new Error(`${path}: a list file is named <year>.json`);
    byYear.set(Number(year), loader);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const newest = years[0];
  if (newest === undefined) throw new Error('no list file (data/lists/<year>.json)');
  const family = resourceFamily('list', years, async (year) => {
    const raw = await byYear.get(year)!();
    return toList(year, validate && parseAtRunTime ? parseAtRunTime(raw) : (raw as Dataset));
  });
  return {
    years,
    defaultYear: newest,
    resource: (year) => {
      const found = family(year);
      if (!found) throw new Error(`no list for ${year}`);
      return found;
    },
  };
}

function toList(year: number, dataset: Dataset): ProjectList {
  if (dataset.source.year !== year) {
    throw new Error(`data/lists/${year}.json: source.year is ${dataset.source.year}, not ${year}`);
  }
  const frozen = deepFreeze(dataset);
  const projects = Object.freeze([...frozen.projects].sort((a, b) => a.id - b.id));
  const byId = new Map(projects.map((p) => [p.id, p]));
  return Object.freeze({ year, source: frozen.source, projects, projectById: (id: number) => byId.get(id) });
}

// zod's .readonly() already freezes what it parses; this keeps the guarantee from depending on every schema node
// remembering to say so. It recurses into frozen objects too, since a frozen parent says nothing about its
// children (parsed JSON has no cycles).
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** The lists this build ships: every `<year>.json` in data/lists (or the folder the build was pointed at). */
export const lists: ListRegistry = createListRegistry(
  import.meta.glob<unknown>('@lists/*.json', { import: 'default' }),
);
