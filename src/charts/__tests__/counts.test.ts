import { CATEGORY_KEYS, LEVEL_KEYS, PREFECTURES } from '../../data';
import { FIXTURE } from '../../test/fixtures';
import { facetCounts, filterProjects } from '../../state/filter-projects';
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
      const facets = facetCounts(FIXTURE, f, CATEGORY_KEYS, LEVEL_KEYS);
      for (const c of countByCategory(FIXTURE, f))
        expect(c.primary + c.secondary).toBe(facets.categories[c.key]);
      for (const l of countByLevel(FIXTURE, f)) expect(l.count).toBe(facets.levels[l.key]);
      for (const p of countByPrefecture(FIXTURE, f).prefectures)
        expect(p.count).toBe(facets.regions.get(p.code) ?? 0);
    }
  });

  it('splits categories into primary and tag counts and marks the chosen ones', () => {
    const counts = countByCategory(FIXTURE, filters({ categories: ['supervision'] }));
    // 监督: №2 and №6 by primary category, №7 by its tag.
    expect(counts.find((c) => c.key === 'supervision')).toMatchObject({
      primary: 2,
      secondary: 1,
      selected: true,
    });
    // 全过程人民民主: №4 by primary category, №2 and №5 by tag.
    expect(counts.find((c) => c.key === 'democracy')).toMatchObject({
      primary: 1,
      secondary: 2,
      selected: false,
    });
  });

  it('sorts every prefecture by count and keeps the province level apart', () => {
    const { prefectures, province } = countByPrefecture(FIXTURE, EMPTY_FILTERS);
    expect(prefectures).toHaveLength(PREFECTURES.length);
    const counts = prefectures.map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    // 郑州 and 信阳 have two each: ties stay in code order; then 洛阳 with one.
    expect(prefectures.slice(0, 3).map((p) => [p.name, p.count])).toEqual([
      ['郑州市', 2],
      ['信阳市', 2],
      ['洛阳市', 1],
    ]);
    expect(province).toEqual({ count: 2, selected: false });
    expect(countByPrefecture(FIXTURE, filters({ levels: ['province'] })).province.selected).toBe(true);
  });

  it('fills the level × category matrix the way the two filters would', () => {
    const cells = countByLevelAndCategory(FIXTURE, EMPTY_FILTERS);
    expect(cells).toHaveLength(LEVEL_KEYS.length * CATEGORY_KEYS.length);
    for (const c of cells) {
      const both = filters({ levels: [c.level], categories: [c.category] });
      expect(c.count, `${c.level} × ${c.category}`).toBe(filterProjects(FIXTURE, both).length);
    }
    const cell = (level: string, category: string) =>
      cells.find((c) => c.level === level && c.category === category)!.count;
    // 市级 × 立法: №3 and №7; 市级 × 监督: №7 by its tag only.
    expect(cell('city', 'legislation')).toBe(2);
    expect(cell('city', 'supervision')).toBe(1);
    expect(cells.some((c) => c.selected)).toBe(false);
    const chosen = countByLevelAndCategory(FIXTURE, filters({ levels: ['county'] })).filter(
      (c) => c.selected,
    );
    expect(chosen.map((c) => c.category)).toEqual(CATEGORY_KEYS);
  });
});
