import { FIXTURE } from '../../test/fixtures';
import { PROVINCE_FOCUS } from '../filters';
import { groupByRegion } from '../region-groups';

describe('groupByRegion', () => {
  it('puts the province-level group first, then prefectures with matches in code order', () => {
    const groups = groupByRegion(FIXTURE);
    expect(groups.map((g) => [g.focus, g.name, g.projects.map((p) => p.id)])).toEqual([
      [PROVINCE_FOCUS, '省级', [1, 2]],
      ['410100', '郑州市', [3, 4]],
      ['410300', '洛阳市', [7]],
      ['411500', '信阳市', [5, 6]],
    ]);
  });

  it('leaves out groups without matches and keeps № order within a group', () => {
    const county = FIXTURE.filter((p) => p.level === 'county').reverse();
    const groups = groupByRegion([...county, FIXTURE[4]!]);
    expect(groups.map((g) => g.name)).toEqual(['郑州市', '信阳市']);
    expect(groups[1]!.projects.map((p) => p.id)).toEqual([5, 6]);
    expect(groupByRegion([])).toEqual([]);
  });
});
