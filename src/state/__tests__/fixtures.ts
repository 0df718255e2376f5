import type { Project } from '../../data';

function project(p: Partial<Project> & Pick<Project, 'id' | 'level' | 'category'>): Project {
  return {
    title: `项目${p.id}`,
    unit: '某单位',
    summary: '简介',
    prefecture: null,
    county: null,
    tags: [],
    highlights: [],
    ...p,
  };
}

/** A test project: id, level and category named, the rest plain unless the test says otherwise. */
export const createProject = project;

/** A small fixed set: one of each level, tags and searchable text. */
export const FIXTURE: readonly Project[] = [
  project({
    id: 1,
    level: 'province',
    category: 'legislation',
    title: '省级立法项目',
    unit: '省人大法制委员会',
  }),
  project({ id: 2, level: 'province', category: 'supervision', tags: ['democracy'], summary: '执法检查' }),
  project({
    id: 3,
    level: 'city',
    category: 'legislation',
    prefecture: '410100',
    title: '出台《郑州市会展业促进条例》',
  }),
  project({
    id: 4,
    level: 'county',
    category: 'democracy',
    prefecture: '410100',
    county: '410105',
    unit: '郑州市金水区人大常委会',
  }),
  project({
    id: 5,
    level: 'city',
    category: 'deputy',
    tags: ['democracy'],
    prefecture: '411500',
    summary: '代表联络站 Demo',
  }),
  project({ id: 6, level: 'county', category: 'supervision', prefecture: '411500', county: '411525' }),
];
