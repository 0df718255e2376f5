// Factories for unit and component tests: each test builds the few projects it needs, so the tests say what they
// rely on and hold for any year's list. Only a few golden tests read the shipped list (see shipped-list.ts).
import type { Dataset, Project, ProjectList } from '../data';

let lastId = 0;

/** A valid project; every field can be overridden. Ids count up unless given. */
export function createProject(overrides: Partial<Project> = {}): Project {
  lastId += 1;
  const level = overrides.level ?? 'city';
  const prefecture =
    overrides.prefecture !== undefined ? overrides.prefecture : level === 'province' ? null : '410100';
  return {
    id: lastId,
    title: `测试项目${lastId}`,
    unit: level === 'province' ? '省人大常委会办公厅' : '郑州市人大常委会',
    summary: '测试简介。',
    level,
    prefecture,
    county: level === 'county' ? '410105' : null,
    category: 'legislation',
    tags: [],
    highlights: [],
    ...overrides,
  };
}

/** The notice of a test list. */
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
