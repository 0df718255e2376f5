import { projects } from '../../../data';
import { filterProjects } from '../../../state/filter-projects';
import { EMPTY_FILTERS } from '../../../state/filters';
import { announceStep, buildTourSteps } from '../tour-steps';

describe('buildTourSteps', () => {
  it('visits the province-level group first, then the 18 prefectures in code order', () => {
    const steps = buildTourSteps(projects);
    const province = steps.filter((s) => s.focus === 'province');
    // 11 province-level projects, two per step.
    expect(province.map((s) => s.projects.map((p) => p.id))).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
      [11],
    ]);
    expect(province.map((s) => `${s.page}/${s.pages}`)).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    const prefectures = steps.filter((s) => s.focus !== 'province').map((s) => s.focus);
    expect(prefectures).toHaveLength(18);
    expect(prefectures).toEqual([...prefectures].sort());
    expect(steps.slice(0, 6).every((s) => s.focus === 'province')).toBe(true);
  });

  it('shows every matching project exactly once', () => {
    const ids = buildTourSteps(projects).flatMap((s) => s.projects.map((p) => p.id));
    expect(ids.sort((a, b) => a - b)).toEqual(projects.map((p) => p.id).sort((a, b) => a - b));
  });

  it('tours only what matches the filters', () => {
    const countyOnly = filterProjects(projects, { ...EMPTY_FILTERS, levels: ['county'] });
    const steps = buildTourSteps(countyOnly);
    expect(steps.some((s) => s.focus === 'province')).toBe(false);
    expect(steps.flatMap((s) => s.projects).every((p) => p.level === 'county')).toBe(true);
    const xinyang = filterProjects(projects, { ...EMPTY_FILTERS, region: '411500' });
    expect(buildTourSteps(xinyang).map((s) => s.key)).toEqual(['411500']);
    expect(buildTourSteps([])).toEqual([]);
  });

  it('keys steps uniquely', () => {
    const keys = buildTourSteps(projects).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('announceStep', () => {
  it('names the region, its count and the titles', () => {
    const xinyang = buildTourSteps(projects).find((s) => s.focus === '411500');
    expect(announceStep(xinyang)).toBe(
      '信阳市 · 2 项：高质量打造发展全过程人民民主的“信阳样板”；突出监督刚性　促进专项债资金用准用快用好',
    );
  });

  it('gives the page of a long group and says when nothing matches', () => {
    expect(announceStep(buildTourSteps(projects)[0])).toMatch(/^省级 · 11 项（1\/6）：/);
    expect(announceStep(undefined)).toBe('没有符合当前筛选条件的项目');
  });
});
