import shipped from '../../../data/lists/2022.json';
import { createDataset, createProject } from '../../test/data-generators';
import { PREFECTURES } from '../regions';
import { CATEGORY_KEYS, parseDataset } from '../schema';

// A small valid list; each test below breaks exactly one thing in a mutable deep copy.
const VALID = createDataset([
  createProject({
    id: 1,
    level: 'province',
    category: 'supervision',
    summary: '参与测评代表658名。',
    highlights: [{ label: '参与测评代表', value: 658, unit: '名' }],
  }),
  createProject({ id: 2, level: 'city', prefecture: '410100', category: 'legislation' }),
  createProject({
    id: 3,
    level: 'county',
    prefecture: '410100',
    county: '410105',
    category: 'democracy',
    summary: '2020年至2022年，议事代表1185名。',
    highlights: [{ label: '议事代表', value: 1185, unit: '名' }],
  }),
  createProject({ id: 4, level: 'city', prefecture: '411700', category: 'legislation', tags: ['democracy'] }),
]);
type Mutable = { source: Record<string, unknown>; projects: Record<string, unknown>[] };
const copy = () => structuredClone(VALID) as unknown as Mutable;
const project = (data: Mutable, id: number) => data.projects.find((p) => p.id === id)!;

function problems(data: unknown): string[] {
  try {
    parseDataset(data);
  } catch (error) {
    return (error as Error).message.split('\n').slice(1);
  }
  return [];
}

// Golden: the shipped list passes, and its curation matches the notice.
describe('the shipped 2022 list', () => {
  const dataset = parseDataset(shipped);
  const count = (level: string) => dataset.projects.filter((p) => p.level === level).length;

  it('passes the schema with its 35 projects', () => {
    expect(dataset.projects).toHaveLength(35);
  });

  it('has 11 province, 18 city and 6 county projects', () => {
    expect([count('province'), count('city'), count('county')]).toEqual([11, 18, 6]);
  });

  it('has exactly one city-level project in each prefecture', () => {
    const cityPrefectures = dataset.projects.filter((p) => p.level === 'city').map((p) => p.prefecture);
    expect([...cityPrefectures].sort()).toEqual(PREFECTURES.map((p) => p.code));
  });

  it('uses the general category sparingly', () => {
    expect(dataset.projects.filter((p) => p.category === 'general').length).toBeLessThanOrEqual(3);
  });
});

describe('parseDataset on broken copies', () => {
  it('passes the unbroken list', () => {
    expect(problems(copy())).toEqual([]);
  });

  it('names the project and field of a bad county adcode', () => {
    const data = copy();
    project(data, 3).county = '41010';
    expect(problems(data)).toEqual(['project 3: county must be a 6-digit adcode']);
  });

  it('rejects a province-level project with a prefecture', () => {
    const data = copy();
    project(data, 1).prefecture = '410100';
    expect(problems(data)).toEqual(['project 1: prefecture must be null for a province-level project']);
  });

  it('rejects a county outside its prefecture', () => {
    const data = copy();
    project(data, 3).county = '410202';
    expect(problems(data)).toEqual(['project 3: county 410202 does not lie in prefecture 410100']);
  });

  it('rejects a highlight value that the summary does not contain', () => {
    const data = copy();
    (project(data, 1) as { highlights: { value: number }[] }).highlights[0]!.value = 999;
    expect(problems(data)).toEqual(['project 1: highlights[0].value 999 does not appear in the summary']);
  });

  it('does not find a value inside a longer number', () => {
    const data = copy();
    // The summary has 2020 and 2022, never 202 on its own.
    (project(data, 3) as { highlights: { value: number }[] }).highlights[0]!.value = 202;
    expect(problems(data)).toEqual(['project 3: highlights[0].value 202 does not appear in the summary']);
  });

  it('rejects a duplicate id, naming the project by position', () => {
    const data = copy();
    data.projects[2]!.id = 2;
    expect(problems(data)).toEqual(['project #3: id 2 is duplicated']);
  });

  it('rejects a tag equal to the primary category', () => {
    const data = copy();
    project(data, 4).tags = ['democracy', 'legislation'];
    expect(problems(data)).toEqual(['project 4: tags[1] legislation repeats the primary category']);
  });

  it('rejects an unknown category', () => {
    const data = copy();
    project(data, 2).category = 'culture';
    expect(problems(data)).toEqual([`project 2: category must be one of ${CATEGORY_KEYS.join(', ')}`]);
  });

  it('lists every problem, one per line', () => {
    const data = copy();
    project(data, 3).county = 'x';
    project(data, 2).title = ' 标题';
    data.source.date = '2030/12/01';
    expect(problems(data)).toEqual([
      'dataset: source.date must be an ISO date (YYYY-MM-DD)',
      'project 2: title must not start or end with whitespace',
      'project 3: county must be a 6-digit adcode',
    ]);
  });

  it('falls back to the position when the id itself is bad', () => {
    const data = copy();
    data.projects[0]!.id = 0;
    expect(problems(data)).toEqual(['project #1: id must be 1 or more']);
  });

  it('numbers the projects 1..n: a list of three has no № 4', () => {
    const data = copy();
    data.projects.shift();
    expect(problems(data)).toEqual(['project #3: id must be 1..3']);
  });

  it('rejects a year that is not the notice’s date', () => {
    const data = copy();
    data.source.year = 2031;
    expect(problems(data)).toEqual(['dataset: source.year 2031 does not match date 2030-12-01']);
  });
});
