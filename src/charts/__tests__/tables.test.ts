import { projects } from '../../data';
import { EMPTY_FILTERS } from '../../state/filters';
import { CATEGORY_CHART } from '../category/category-chart';
import { LEVEL_CATEGORY_CHART } from '../level-category/level-category-chart';
import { LEVEL_CHART } from '../level/level-chart';
import { PREFECTURE_CHART } from '../prefecture/prefecture-chart';

// Golden: the shipped list's numbers, as a screen reader hears them.
const tableOf = (chart: typeof LEVEL_CHART) => chart.count(projects, EMPTY_FILTERS).table();

describe('chart tables', () => {
  it('give every bar its number in words a screen reader can read', () => {
    expect(tableOf(LEVEL_CHART).rows).toEqual([
      ['省级', 11],
      ['市级', 18],
      ['县级', 6],
    ]);
    const category = tableOf(CATEGORY_CHART);
    expect(category.columns).toEqual(['类别', '主类别', '兼属类别', '合计']);
    expect(category.rows[0]).toEqual(['立法', 10, 0, 10]);
  });

  it('list 省级 apart, then all 18 prefectures', () => {
    const table = tableOf(PREFECTURE_CHART);
    expect(table.rows[0]).toEqual(['省级（不计入郑州）', 11]);
    expect(table.rows).toHaveLength(19);
    expect(table.rows.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(24);
  });

  it('lay the heatmap out as levels by categories', () => {
    const table = tableOf(LEVEL_CATEGORY_CHART);
    expect(table.columns).toEqual(['层级', '立法', '监督', '代表工作', '全过程人民民主', '综合与自身建设']);
    expect(table.rows.map((r) => r[0])).toEqual(['省级', '市级', '县级']);
  });
});
