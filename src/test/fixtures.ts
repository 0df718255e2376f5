// A small fixed list for the tests that need a bit of everything: each level, tags, searchable text, two
// prefectures with a city and a county project each, one with a city project only.
import type { Project, ProjectList } from '../data';
import { createList, createProject } from './data-generators';

/**
 * №1–2 province (№2 tagged 全过程人民民主); 郑州 410100: №3 city, №4 county in 金水区 410105 (with a key figure);
 * 信阳 411500: №5 city (tagged), №6 county in 固始县 411525; 洛阳 410300: №7 city (tagged 监督).
 */
export const FIXTURE: readonly Project[] = Object.freeze([
  createProject({
    id: 1,
    level: 'province',
    category: 'legislation',
    title: '省级立法项目',
    unit: '省人大法制委员会',
  }),
  createProject({
    id: 2,
    level: 'province',
    category: 'supervision',
    tags: ['democracy'],
    summary: '执法检查',
  }),
  createProject({
    id: 3,
    level: 'city',
    category: 'legislation',
    prefecture: '410100',
    title: '出台《郑州市会展业促进条例》',
  }),
  createProject({
    id: 4,
    level: 'county',
    category: 'democracy',
    prefecture: '410100',
    county: '410105',
    unit: '郑州市金水区人大常委会',
    summary: '设立居民议事会12个。',
    highlights: [{ label: '居民议事会', value: 12, unit: '个' }],
  }),
  createProject({
    id: 5,
    level: 'city',
    category: 'deputy',
    tags: ['democracy'],
    prefecture: '411500',
    summary: '代表联络站 Demo',
  }),
  createProject({ id: 6, level: 'county', category: 'supervision', prefecture: '411500', county: '411525' }),
  createProject({
    id: 7,
    level: 'city',
    category: 'legislation',
    tags: ['supervision'],
    prefecture: '410300',
    title: '出台《洛阳市遗址保护条例》',
  }),
]);

/** FIXTURE as a list of the year 2030. */
export const FIXTURE_LIST: ProjectList = createList(FIXTURE);
