import { projects } from '../../data';
import { PROVINCE_FOCUS } from '../filters';
import { groupByRegion } from '../region-groups';

describe('groupByRegion', () => {
  it('puts the province-level group first, then prefectures with matches in code order', () => {
    const groups = groupByRegion(projects);
    expect(groups[0]).toMatchObject({ focus: PROVINCE_FOCUS, name: '省级' });
    expect(groups[0]!.projects.every((p) => p.level === 'province')).toBe(true);
    const codes = groups.slice(1).map((g) => g.focus);
    expect(codes).toEqual([...codes].sort());
    expect(groups.flatMap((g) => g.projects)).toHaveLength(projects.length);
  });

  it('leaves out groups without matches and keeps № order within a group', () => {
    const county = projects.filter((p) => p.level === 'county').reverse();
    const groups = groupByRegion(county);
    expect(groups.map((g) => g.name)).not.toContain('省级');
    for (const g of groups)
      expect(g.projects.map((p) => p.id)).toEqual(g.projects.map((p) => p.id).sort((a, b) => a - b));
    expect(groupByRegion([])).toEqual([]);
  });
});
