// Factories for unit and component tests: each test builds the few projects it needs, so the tests say what they
// rely on and hold for any year's list. Only a few golden tests read the shipped list (see shipped-list.ts).
import type { Dataset, Project, ProjectList } from '../data';

let lastId = 0;

/**
 * A valid project; every field can be overridden. Ids count up unless given (and never repeat a given one); a
 * county-level project lies in a district of its prefecture (410100 → 410102) unless its county is given.
 */
export function createProject(overrides: Partial<Project> = {}): Project {
  const id = overrides.id ?? lastId + 1;
  lastId = Math.max(lastId, id);
  const level = overrides.level ?? 'city';
  const prefecture =
    overrides.prefecture !== undefined ? overrides.prefecture : level === 'province' ? null : '410100';
  return {
    id,
    title: `测试项目${id}`,
    unit: `测试单位${id}`,
    summary: '测试简介。',
    level,
    prefecture,
    county: level === 'county' && prefecture !== null ? `${prefecture.slice(0, 4)}02` : null,
    category: 'legislation',
    tags: [],
    highlights: [],
    ...overrides,
  };
}

/** The notice of a test list: year 2030 unless given, dated in its year. */
export function createSource(overrides: Partial<Dataset['source']> = {}): Dataset['source'] {
  const year = overrides.year ?? 2030;
  return {
    title: '关于测试名单的公示',
    publisher: '测试办公厅',
    date: `${year}-12-01`,
    year,
    ...overrides,
  };
}

/** A list file's content: the notice and the projects, as data/lists/<year>.json holds them. */
export function createDataset(
  projects: readonly Project[],
  source: Partial<Dataset['source']> = {},
): Dataset {
  return { source: createSource(source), projects };
}

/** A list of these projects, as the registry hands it out (sorted, with projectById). */
export function createList(
  projects: readonly Project[],
  source: Partial<Dataset['source']> = {},
): ProjectList {
  const sorted = [...projects].sort((a, b) => a.id - b.id);
  const byId = new Map(sorted.map((p) => [p.id, p]));
  const src = createSource(source);
  return { year: src.year, source: src, projects: sorted, projectById: (id) => byId.get(id) };
}
