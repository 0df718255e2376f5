import { createProject } from '../../../test/data-generators';
import { FIXTURE } from '../../../test/fixtures';
import { filterProjects } from '../../../state/filter-projects';
import { EMPTY_FILTERS } from '../../../state/filters';
import { announceStep, buildTourSteps } from '../tour-steps';

// FIXTURE and three more province-level projects: five of them, more than two pages' worth.
const PROJECTS = [...FIXTURE, ...[8, 9, 10].map((id) => createProject({ id, level: 'province' }))];

describe('buildTourSteps', () => {
  it('visits the province-level group first, then the prefectures with projects in code order', () => {
    const steps = buildTourSteps(PROJECTS);
    const province = steps.filter((s) => s.focus === 'province');
    // 5 province-level projects, two per step.
    expect(province.map((s) => s.projects.map((p) => p.id))).toEqual([[1, 2], [8, 9], [10]]);
    expect(province.map((s) => `${s.page}/${s.pages}`)).toEqual(['1/3', '2/3', '3/3']);
    expect(steps.slice(0, 3).every((s) => s.focus === 'province')).toBe(true);
    expect(steps.slice(3).map((s) => [s.focus, s.projects.map((p) => p.id)])).toEqual([
      ['410100', [3, 4]],
      ['410300', [7]],
      ['411500', [5, 6]],
    ]);
  });

  it('shows every matching project exactly once', () => {
    const ids = buildTourSteps(PROJECTS).flatMap((s) => s.projects.map((p) => p.id));
    expect(ids.sort((a, b) => a - b)).toEqual(PROJECTS.map((p) => p.id).sort((a, b) => a - b));
  });

  it('tours only what matches the filters', () => {
    const countyOnly = filterProjects(PROJECTS, { ...EMPTY_FILTERS, levels: ['county'] });
    const steps = buildTourSteps(countyOnly);
    expect(steps.some((s) => s.focus === 'province')).toBe(false);
    expect(steps.flatMap((s) => s.projects).every((p) => p.level === 'county')).toBe(true);
    expect(steps.map((s) => s.key)).toEqual(['410100', '411500']);
    const xinyang = filterProjects(PROJECTS, { ...EMPTY_FILTERS, region: '411500' });
    expect(buildTourSteps(xinyang).map((s) => s.key)).toEqual(['411500']);
    expect(buildTourSteps([])).toEqual([]);
  });

  it('keys steps uniquely', () => {
    const keys = buildTourSteps(PROJECTS).map((s) => s.key);
    expect(keys).toEqual(['province-1', 'province-2', 'province-3', '410100', '410300', '411500']);
  });
});

describe('announceStep', () => {
  it('names the region, its count and the titles', () => {
    const xinyang = buildTourSteps(PROJECTS).find((s) => s.focus === '411500');
    expect(announceStep(xinyang)).toBe('信阳市 · 本站 2 项：测试项目5；测试项目6');
  });

  it('gives the page of a long group and says when nothing matches', () => {
    expect(announceStep(buildTourSteps(PROJECTS)[0])).toBe(
      '省级 1/3 · 本站 2 项（省级共 5 项）：省级立法项目；测试项目2',
    );
    expect(announceStep(undefined)).toBe('没有符合当前筛选条件的项目');
  });
});
