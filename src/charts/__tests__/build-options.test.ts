import { PREFECTURES } from '../../data';
import { FIXTURE } from '../../test/fixtures';
import { EMPTY_FILTERS } from '../../state/filters';
import { LIGHT_THEME } from '../../lib/theme';
import { buildCategoryOption } from '../category/build-category-option';
import { buildLevelCategoryOption } from '../level-category/build-level-category-option';
import { buildLevelOption } from '../level/build-level-option';
import { buildPrefectureOption } from '../prefecture/build-prefecture-option';
import { countByCategory } from '../category/category-counts';
import { countByLevelAndCategory } from '../level-category/level-category-counts';
import { countByLevel } from '../level/level-counts';
import { countByPrefecture, PROVINCE_BAR_LABEL } from '../prefecture/prefecture-counts';

const look = { theme: LIGHT_THEME, animation: false };
type Series = { id: string; name?: string; data: { value: unknown; itemStyle?: { opacity?: number } }[] };
const seriesOf = (option: object) => (option as { series: Series[] }).series;

describe('buildCategoryOption', () => {
  it('stacks primary and secondary counts, named in the legend, and dims what is not chosen', () => {
    const option = buildCategoryOption(
      countByCategory(FIXTURE, { ...EMPTY_FILTERS, categories: ['legislation'] }),
      look,
    );
    const [primary, secondary] = seriesOf(option);
    expect([primary!.name, secondary!.name]).toEqual(['主类别', '兼属类别']);
    // 立法 №1, №3, №7; 监督 №2, №6 (and №7 by tag); 代表工作 №5; 全过程人民民主 №4 (and №2, №5 by tag).
    expect(primary!.data.map((d) => d.value)).toEqual([3, 2, 1, 1, 0]);
    expect(secondary!.data.map((d) => d.value)).toEqual([0, 1, 0, 2, 0]);
    expect(primary!.data[0]!.itemStyle).toEqual({});
    expect(primary!.data[1]!.itemStyle).toEqual({ opacity: 0.35 });
    expect((option.yAxis as { data: string[] }).data[0]).toBe('立法');
  });
});

describe('buildLevelOption', () => {
  it('has one bar per level in the level colours', () => {
    const [bars] = seriesOf(buildLevelOption(countByLevel(FIXTURE, EMPTY_FILTERS), look));
    expect(bars!.data.map((d) => d.value)).toEqual([2, 3, 2]);
  });
});

describe('buildPrefectureOption', () => {
  it('puts the province level in its own grid on the same scale as every prefecture', () => {
    const option = buildPrefectureOption(countByPrefecture(FIXTURE, EMPTY_FILTERS), look);
    const [province, prefectures] = seriesOf(option);
    expect(province!.data.map((d) => d.value)).toEqual([2]);
    expect(prefectures!.data).toHaveLength(PREFECTURES.length);
    expect(prefectures!.data.slice(0, 4).map((d) => d.value)).toEqual([2, 2, 1, 0]);
    const yAxes = option.yAxis as { data: string[] }[];
    expect(yAxes[0]!.data).toEqual([PROVINCE_BAR_LABEL]);
    const xAxes = option.xAxis as { max: number }[];
    expect(xAxes[0]!.max).toBe(xAxes[1]!.max);
    expect(xAxes[0]!.max).toBeGreaterThanOrEqual(2);
  });
});

describe('buildLevelCategoryOption', () => {
  it('writes a count in each of the 15 cells and frames the chosen ones', () => {
    const cells = countByLevelAndCategory(FIXTURE, {
      ...EMPTY_FILTERS,
      levels: ['city'],
      categories: ['legislation'],
    });
    const [heatmap] = seriesOf(buildLevelCategoryOption(cells, look));
    expect(heatmap!.data).toHaveLength(15);
    const framed = heatmap!.data.filter((d) => (d.itemStyle as { borderWidth?: number }).borderWidth === 3);
    // [category index, level index, count]: 立法 × 市级 holds №3 and №7.
    expect(framed.map((d) => d.value)).toEqual([[0, 1, 2]]);
  });

  it('escapes tooltip text', () => {
    const option = buildLevelCategoryOption(countByLevelAndCategory(FIXTURE, EMPTY_FILTERS), look);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 0 })).toContain('省级 · 立法');
  });
});

describe('heatmap axis labels', () => {
  it('break long category names between words, and every label keeps all its characters', () => {
    const option = buildLevelCategoryOption(countByLevelAndCategory(FIXTURE, EMPTY_FILTERS), look);
    const labels = (option.xAxis as { data: string[] }).data;
    expect(labels).toEqual(['立法', '监督', '代表工作', '全过程\n人民民主', '综合与\n自身建设']);
  });
});
