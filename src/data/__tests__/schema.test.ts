import raw from '../../../data/projects.json';
import { PREFECTURES } from '../regions';
import { CATEGORY_KEYS, parseDataset } from '../schema';

// A mutable deep copy, so each test breaks exactly one thing.
const copy = () => structuredClone(raw) as typeof raw & { projects: Record<string, unknown>[] };
const indexOf = (data: ReturnType<typeof copy>, id: number) => data.projects.findIndex((p) => p.id === id);

function problems(data: unknown): string[] {
  try {
    parseDataset(data);
  } catch (error) {
    return (error as Error).message.split('\n').slice(1);
  }
  return [];
}

describe('the shipped data file', () => {
  const dataset = parseDataset(raw);
  const count = (level: string) => dataset.projects.filter((p) => p.level === level).length;

  it('passes the schema', () => {
    expect(dataset.projects).toHaveLength(35);
  });

  it('has 11 province, 18 city and 6 county projects', () => {
    expect([count('province'), count('city'), count('county')]).toEqual([11, 18, 6]);
  });

  it('has exactly one city-level project in each of the 18 prefectures', () => {
    const cityPrefectures = dataset.projects.filter((p) => p.level === 'city').map((p) => p.prefecture);
    expect([...cityPrefectures].sort()).toEqual(PREFECTURES.map((p) => p.code));
  });

  it('uses the general category sparingly', () => {
    expect(dataset.projects.filter((p) => p.category === 'general').length).toBeLessThanOrEqual(3);
  });
});

describe('parseDataset on broken copies', () => {
  it('names the project and field of a bad county adcode', () => {
    const data = copy();
    data.projects[indexOf(data, 13)]!.county = '41010';
    expect(problems(data)).toEqual(['project 13: county must be a 6-digit adcode']);
  });

  it('rejects a province-level project with a prefecture', () => {
    const data = copy();
    data.projects[indexOf(data, 4)]!.prefecture = '410100';
    expect(problems(data)).toEqual(['project 4: prefecture must be null for a province-level project']);
  });

  it('rejects a county outside its prefecture', () => {
    const data = copy();
    data.projects[indexOf(data, 13)]!.county = '410202';
    expect(problems(data)).toEqual(['project 13: county 410202 does not lie in prefecture 410100']);
  });

  it('rejects a highlight value that the summary does not contain', () => {
    const data = copy();
    const project = data.projects[indexOf(data, 4)] as { highlights: { value: number }[] };
    project.highlights[0]!.value = 999;
    expect(problems(data)).toEqual(['project 4: highlights[0].value 999 does not appear in the summary']);
  });

  it('does not find a value inside a longer number', () => {
    const data = copy();
    const project = data.projects[indexOf(data, 13)] as { highlights: { value: number }[] };
    project.highlights[0]!.value = 202; // the summary has 2020 and 2022, never 202 on its own
    expect(problems(data)).toEqual(['project 13: highlights[0].value 202 does not appear in the summary']);
  });

  it('rejects a duplicate id, naming the project by position', () => {
    const data = copy();
    data.projects[13]!.id = 13;
    expect(problems(data)).toEqual(['project #14: id 13 is duplicated']);
  });

  it('rejects a tag equal to the primary category', () => {
    const data = copy();
    data.projects[indexOf(data, 34)]!.tags = ['democracy', 'legislation'];
    expect(problems(data)).toEqual(['project 34: tags[1] legislation repeats the primary category']);
  });

  it('rejects an unknown category', () => {
    const data = copy();
    data.projects[indexOf(data, 2)]!.category = 'culture';
    expect(problems(data)).toEqual([`project 2: category must be one of ${CATEGORY_KEYS.join(', ')}`]);
  });

  it('lists every problem, one per line', () => {
    const data = copy();
    data.projects[indexOf(data, 13)]!.county = 'x';
    data.projects[indexOf(data, 20)]!.title = ' 标题';
    (data.source as { date: string }).date = '2022/12/23';
    expect(problems(data)).toEqual([
      'dataset: source.date must be an ISO date (YYYY-MM-DD)',
      'project 13: county must be a 6-digit adcode',
      'project 20: title must not start or end with whitespace',
    ]);
  });

  it('falls back to the position when the id itself is bad', () => {
    const data = copy();
    data.projects[0]!.id = 0;
    expect(problems(data)).toEqual(['project #1: id must be 1..35']);
  });
});
