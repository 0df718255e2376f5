import { createProject } from '../../../../test/data-generators';
import { EMPTY_FILTERS } from '../../../../state/filters';
import type { Filters } from '../../../../state/filters';

/**
 * City level: two legislation projects (one also counts under supervision), one supervision project (also under
 * democracy), one deputy project. 层级=市级 leaves out the county and the province project.
 */
export const PROJECTS = [
  createProject({
    id: 1,
    level: 'city',
    category: 'legislation',
    prefecture: '410100',
    tags: ['supervision'],
  }),
  createProject({ id: 2, level: 'city', category: 'legislation', prefecture: '410300' }),
  createProject({ id: 3, level: 'city', category: 'supervision', prefecture: '411500', tags: ['democracy'] }),
  createProject({ id: 4, level: 'city', category: 'deputy', prefecture: '411500' }),
  createProject({ id: 5, level: 'county', category: 'legislation', prefecture: '410100', county: '410105' }),
  createProject({ id: 6, level: 'province', category: 'general' }),
];

/** ?cat=legislation&level=city */
export const LEGISLATION_CITY: Filters = { ...EMPTY_FILTERS, categories: ['legislation'], levels: ['city'] };
