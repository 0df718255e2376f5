import { CATEGORY_KEYS, LEVEL_KEYS } from '../../data';
import { facetCounts, filterProjects, keyFigures } from '../filter-projects';
import { EMPTY_FILTERS } from '../filters';
import type { Filters } from '../filters';
import { FIXTURE } from '../../test/fixtures';

const ids = (filters: Partial<Filters>) =>
  filterProjects(FIXTURE, { ...EMPTY_FILTERS, ...filters }).map((p) => p.id);

describe('filterProjects', () => {
  it('returns everything, by №, when nothing is chosen', () => {
    expect(ids({})).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('matches a category by primary category or by tag', () => {
    expect(ids({ categories: ['democracy'] })).toEqual([2, 4, 5]);
  });

  it('ORs within a group', () => {
    expect(ids({ categories: ['legislation', 'deputy'] })).toEqual([1, 3, 5, 7]);
    expect(ids({ levels: ['province', 'county'] })).toEqual([1, 2, 4, 6]);
  });

  it('ANDs between groups', () => {
    expect(ids({ categories: ['democracy'], levels: ['county'] })).toEqual([4]);
    // №7 counts under 监督 by its tag, but lies in 洛阳.
    expect(ids({ categories: ['supervision'], region: '411500' })).toEqual([6]);
    expect(ids({ categories: ['supervision'], levels: ['city'] })).toEqual([7]);
  });

  it('filters by region; province-level projects belong to no region', () => {
    expect(ids({ region: '410100' })).toEqual([3, 4]);
  });

  it('searches title, unit and summary as a trimmed substring', () => {
    expect(ids({ query: '  会展业 ' })).toEqual([3]);
    expect(ids({ query: '金水区' })).toEqual([4]);
    expect(ids({ query: '执法检查' })).toEqual([2]);
    expect(ids({ query: 'demo' })).toEqual([5]);
    expect(ids({ query: '郑州 条例' })).toEqual([3]);
    expect(ids({ query: '没有这个词' })).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts each option against the other groups only', () => {
    const counts = facetCounts(FIXTURE, { ...EMPTY_FILTERS, levels: ['county'] }, CATEGORY_KEYS, LEVEL_KEYS);
    // Category counts respect the level filter...
    expect(counts.categories).toEqual({
      legislation: 0,
      supervision: 1,
      deputy: 0,
      democracy: 1,
      general: 0,
    });
    // ...but level counts ignore it, so other levels stay choosable.
    expect(counts.levels).toEqual({ province: 2, city: 3, county: 2 });
    expect(counts.regions.get('410100')).toBe(1);
  });

  it('counts a project under its tags too', () => {
    const counts = facetCounts(FIXTURE, EMPTY_FILTERS, CATEGORY_KEYS, LEVEL_KEYS);
    expect(counts.categories.democracy).toBe(3);
  });
});

describe('keyFigures', () => {
  it('totals by level and counts covered prefectures', () => {
    expect(keyFigures(FIXTURE)).toEqual({
      total: 7,
      byLevel: { province: 2, city: 3, county: 2 },
      prefecturesCovered: 3,
    });
  });
});
