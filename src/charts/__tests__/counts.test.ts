import { CATEGORY_KEYS, LEVEL_KEYS, projects } from '../../data';
import { facetCounts } from '../../state/filter-projects';
import { EMPTY_FILTERS } from '../../state/filters';
import type { Filters } from '../../state/filters';
import { countByCategory } from '../category/category-counts';
import { countByLevelAndCategory } from '../level-category/level-category-counts';
import { countByLevel } from '../level/level-counts';
import { countByPrefecture } from '../prefecture/prefecture-counts';

const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });

describe('chart counts', () => {
  it('agree with the filter panel: each chart ignores only its own dimension', () => {
    for (const f of [
      EMPTY_FILTERS,
      filters({ categories: ['supervision'], levels: ['county'] }),
      filters({ region: '410100' }),
    ]) {
      const facets = facetCounts(projects, f, CATEGORY_KEYS, LEVEL_KEYS);
      for (const c of countByCategory(projects, f))
        expect(c.primary + c.secondary).toBe(facets.categories[c.key]);
      for (const l of countByLevel(projects, f)) expect(l.count).toBe(facets.levels[l.key]);
      for (const p of countByPrefecture(projects, f).prefectures)
        expect(p.count).toBe(facets.regions.get(p.code) ?? 0);
    }
  });

  it('splits categories into primary and tag counts and marks the chosen ones', () => {
    const supervision = countByCategory(projects, filters({ categories: ['supervision'] })).find(
      (c) => c.key === 'supervision',
    )!;
    expect(supervision).toMatchObject({ primary: 12, secondary: 3, selected: true });
  });

  it('sorts the 18 prefectures by count and keeps the province level apart', () => {
    const { prefectures, province } = countByPrefecture(projects, EMPTY_FILTERS);
    expect(prefectures).toHaveLength(18);
    const counts = prefectures.map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(24);
    expect(prefectures[0]!.name).toBe('郑州市'); // ties stay in code order
    expect(province).toEqual({ count: 11, selected: false });
    expect(countByPrefecture(projects, filters({ levels: ['province'] })).province.selected).toBe(true);
  });

  it('fills the level × category matrix the way the two filters would', () => {
    const cells = countByLevelAndCategory(projects, EMPTY_FILTERS);
    expect(cells).toHaveLength(15);
    const countyDeputy = cells.find((c) => c.level === 'county' && c.category === 'deputy')!;
    expect(countyDeputy.count).toBe(4);
    expect(cells.some((c) => c.selected)).toBe(false);
    const chosen = countByLevelAndCategory(projects, filters({ levels: ['county'] })).filter(
      (c) => c.selected,
    );
    expect(chosen.map((c) => c.category)).toEqual(CATEGORY_KEYS);
  });
});
