import { PREFECTURES } from '../../data';
import { FIXTURE } from '../../test/fixtures';
import { EMPTY_FILTERS } from '../../state/filters';
import { CATEGORY_CHART } from '../category/category-chart';
import type { ChartDescriptor } from '../chart-descriptor';
import { LEVEL_CATEGORY_CHART } from '../level-category/level-category-chart';
import { LEVEL_CHART } from '../level/level-chart';
import { PREFECTURE_CHART } from '../prefecture/prefecture-chart';

const tableOf = (chart: ChartDescriptor) => chart.count(FIXTURE, EMPTY_FILTERS).table();

describe('chart tables', () => {
  it('give every bar its number in words a screen reader can read', () => {
    expect(tableOf(LEVEL_CHART).rows).toEqual([
      ['省级', 2],
      ['市级', 3],
      ['县级', 2],
    ]);
    const category = tableOf(CATEGORY_CHART);
    expect(category.columns).toEqual(['类别', '主类别', '兼属类别', '合计']);
    expect(category.rows[0]).toEqual(['立法', 3, 0, 3]);
    expect(category.rows[3]).toEqual(['全过程人民民主', 1, 2, 3]);
  });

  it('list 省级 apart, then every prefecture', () => {
    const table = tableOf(PREFECTURE_CHART);
    expect(table.rows[0]).toEqual(['省级（不计入郑州）', 2]);
    expect(table.rows).toHaveLength(1 + PREFECTURES.length);
    expect(table.rows.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(5);
  });

  it('lay the heatmap out as levels by categories', () => {
    const table = tableOf(LEVEL_CATEGORY_CHART);
    expect(table.columns).toEqual(['层级', '立法', '监督', '代表工作', '全过程人民民主', '综合与自身建设']);
    expect(table.rows.map((r) => r[0])).toEqual(['省级', '市级', '县级']);
  });
});
