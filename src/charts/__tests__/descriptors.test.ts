import type { ECOption } from '../../lib/echarts';
import { LIGHT_THEME } from '../../lib/theme';
import { createProject } from '../../test/data-generators';
import { fillFor } from '../../state/chart-colours';
import { EMPTY_FILTERS } from '../../state/filters';
import type { Filters } from '../../state/filters';
import { createDashboardStore } from '../../state/store';
import { CATEGORY_CHART } from '../category/category-chart';
import { defineChart } from '../chart-descriptor';
import type { ChartDescriptor } from '../chart-descriptor';
import { CHARTS } from '../chart-list';
import type { NativeChartSpec, ShadedTableSpec } from '../deck-spec';
import { LEVEL_CATEGORY_CHART } from '../level-category/level-category-chart';
import { LEVEL_CHART } from '../level/level-chart';
import { PREFECTURE_CHART } from '../prefecture/prefecture-chart';

/** Xinyang has two city-level supervision projects (one also democracy), Zhengzhou one county-level deputy one. */
const PROJECTS = [
  createProject({ id: 1, level: 'province', category: 'legislation' }),
  createProject({ id: 2, level: 'city', category: 'supervision', prefecture: '411500', tags: ['democracy'] }),
  createProject({ id: 3, level: 'city', category: 'supervision', prefecture: '411500' }),
  createProject({ id: 4, level: 'county', category: 'deputy', prefecture: '410100', county: '410105' }),
];
const filters = (patch: Partial<Filters> = {}): Filters => ({ ...EMPTY_FILTERS, ...patch });
const counted = (chart: ChartDescriptor, patch: Partial<Filters> = {}) =>
  chart.count(PROJECTS, filters(patch));
const nativeChart = (chart: ChartDescriptor, patch: Partial<Filters> = {}) =>
  counted(chart, patch).deckSlide(LIGHT_THEME) as NativeChartSpec;
const look = { theme: LIGHT_THEME, animation: false };

/** The numbers a chart draws: a bar's value, a heatmap cell's count (the last of its coordinates). */
function drawnValues(option: ECOption): number[] {
  const series = (option.series ?? []) as { data?: ({ value: number | number[] } | number)[] }[];
  return series.flatMap((s) =>
    (s.data ?? []).map((d) => {
      const value = typeof d === 'number' ? d : d.value;
      return Array.isArray(value) ? value.at(-1)! : value;
    }),
  );
}
const CITY_TOTALS: Record<string, number> = { category: 3, level: 4, prefecture: 2, 'level-category': 5 };
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const nonZero = (values: readonly number[]) => values.filter((v) => v !== 0).sort((a, b) => a - b);

describe('the chart list', () => {
  it('holds the four statistics, in the dashboard order, each under its own name', () => {
    expect(CHARTS.map((c) => c.name)).toEqual(['category', 'level', 'prefecture', 'level-category']);
    expect(new Set(CHARTS.map((c) => c.heading)).size).toBe(CHARTS.length);
  });

  it.each(CHARTS.map((c) => [c.name, c] as const))(
    '%s: draws, tabulates and says the same counts, for the page and the slide alike',
    (_name, chart) => {
      // With 市级 chosen: the charts by level keep every level (dimming the others), 按类别 counts the democracy
      // tag beside the two projects' category, 按省辖市 counts the two Xinyang projects.
      const counts = counted(chart, { levels: ['city'] });
      const spec = counts.deckSlide(LIGHT_THEME);
      expect(counts.summary()).toMatch(/^\S+项目数.*：.+ \d+ 项/u);
      if (spec.kind === 'chart') expect(spec.altText).toBe(counts.summary());
      const said = [...counts.summary().matchAll(/(\d+) 项/gu)].map((m) => Number(m[1]));
      const tabulated = counts.table().rows.flatMap((row) => row.filter((cell) => typeof cell === 'number'));
      const drawn = drawnValues(counts.buildOption(look));
      expect([sum(said), sum(drawn)]).toEqual([CITY_TOTALS[chart.name], CITY_TOTALS[chart.name]]);
      // Every count drawn is in the table (which may add a total column).
      expect(tabulated).toEqual(expect.arrayContaining(nonZero(drawn)));
      if (chart !== CATEGORY_CHART) expect(nonZero(tabulated)).toEqual(nonZero(drawn));
    },
  );
});

describe('defineChart', () => {
  it('counts once per view, and every part reads those counts', () => {
    const count = vi.fn((projects: readonly unknown[]) => projects.length);
    const chart = defineChart({
      ...LEVEL_CHART,
      count,
      buildOption: (n) => ({ title: { text: `${n}` } }),
      table: (n) => ({ caption: 'n', columns: ['n', 'count'], rows: [['n', n]] }),
      summary: (n) => `${n} 项`,
      deckSlide: (n) => ({ ...nativeChart(LEVEL_CHART), altText: `${n} 项` }),
      click: undefined,
    });
    const view = chart.count(PROJECTS, EMPTY_FILTERS);
    expect([view.summary(), view.table().rows[0], view.buildOption(look)]).toEqual([
      '4 项',
      ['n', 4],
      { title: { text: '4' } },
    ]);
    expect(view.deckSlide(LIGHT_THEME)).toMatchObject({ altText: '4 项' });
    expect(count).toHaveBeenCalledTimes(1);
    // A chart without a click handler ignores clicks.
    const store = createDashboardStore();
    view.click({ dataIndex: 0 }, store.getState());
    expect(store.getState().levels).toEqual([]);
  });
});

describe('按类别', () => {
  it('sums primary and secondary per category, in words and in its table', () => {
    const city = counted(CATEGORY_CHART, { levels: ['city'] });
    expect(city.summary()).toBe(
      '按类别的项目数（主类别与兼属类别合计）：立法 0 项，监督 2 项，代表工作 0 项，全过程人民民主 1 项，综合与自身建设 0 项',
    );
    expect(city.table().rows[1]).toEqual(['监督', 2, 0, 2]);
  });

  it('stacks the two parts and a total without bars on its slide, dimming the categories not chosen', () => {
    const spec = nativeChart(CATEGORY_CHART, { categories: ['supervision'] });
    expect(spec.series.map((s) => [s.name, s.colour])).toEqual([
      ['主类别', LIGHT_THEME.accent],
      ['兼属类别', LIGHT_THEME.ramp[1]],
      ['合计', null],
    ]);
    expect(spec.dimmed).toEqual([true, false, true, true, true]);
    expect(nativeChart(CATEGORY_CHART).dimmed.some(Boolean)).toBe(false);
  });

  it('toggles the clicked category', () => {
    const store = createDashboardStore();
    const view = counted(CATEGORY_CHART);
    view.click({ seriesId: 'secondary', dataIndex: 1 }, store.getState());
    expect(store.getState().categories).toEqual(['supervision']);
    view.click({ seriesId: 'primary', dataIndex: 1 }, store.getState());
    expect(store.getState().categories).toEqual([]);
  });
});

describe('按层级', () => {
  it('colours each level as the map does and dims the levels not chosen', () => {
    const spec = nativeChart(LEVEL_CHART, { levels: ['county'] });
    expect(spec.series[0]!.values).toEqual([1, 2, 1]);
    expect(spec.series[0]!.barColours).toEqual([LIGHT_THEME.province, LIGHT_THEME.accent, LIGHT_THEME.pin]);
    expect(spec.dimmed).toEqual([true, true, false]);
  });

  it('toggles the clicked level', () => {
    const store = createDashboardStore();
    counted(LEVEL_CHART).click({ dataIndex: 2 }, store.getState());
    expect(store.getState().levels).toEqual(['county']);
  });
});

describe('按省辖市', () => {
  it('puts 省级 apart, first, and the divisions most first', () => {
    const spec = nativeChart(PREFECTURE_CHART);
    expect(spec.categories.slice(0, 3)).toEqual(['省级（不计入郑州）', '信阳市', '郑州市']);
    expect(spec.series[0]!.values.slice(0, 3)).toEqual([1, 2, 1]);
    expect(spec.series[0]!.barColours![0]).toBe(LIGHT_THEME.province);
    expect(counted(PREFECTURE_CHART).summary()).toMatch(
      /^按省辖市的项目数：省级 1 项（单列），信阳市 2 项，郑州市 1 项，/u,
    );
  });

  it('toggles the division of the bar clicked, as the counts it drew sort them; 省级 shows the province level', () => {
    const store = createDashboardStore();
    const view = counted(PREFECTURE_CHART);
    view.click({ seriesId: 'prefectures', dataIndex: 1 }, store.getState());
    expect(store.getState().region).toBe('410100');
    view.click({ seriesId: 'prefectures', dataIndex: 0 }, store.getState());
    expect(store.getState().region).toBe('411500');
    view.click({ seriesId: 'province', dataIndex: 0 }, store.getState());
    expect([store.getState().levels, store.getState().region]).toEqual([['province'], null]);
  });
});

describe('层级 × 类别', () => {
  it('shades every cell as the heatmap does and marks the chosen ones for the deck', () => {
    const spec = counted(LEVEL_CATEGORY_CHART, {
      levels: ['city'],
      categories: ['supervision'],
    }).deckSlide(LIGHT_THEME) as ShadedTableSpec;
    expect(spec.kind).toBe('table');
    expect(spec.rows.map((r) => r.label)).toEqual(['省级', '市级', '县级']);
    const cityRow = spec.rows[1]!.cells;
    expect(cityRow.map((c) => c.count)).toEqual([0, 2, 0, 1, 0]);
    expect(cityRow.map((c) => c.fill)).toEqual([0, 2, 0, 1, 0].map((n) => fillFor(n, LIGHT_THEME)));
    const chosen = spec.rows.flatMap((r, i) => r.cells.flatMap((c, j) => (c.chosen ? [[i, j]] : [])));
    expect(chosen).toEqual([[1, 1]]);
    expect(spec.legend.map((l) => l.label)).toEqual(['0 项', '1 项', '2 项', '3 项', '≥4 项']);
  });

  it('narrows to exactly the clicked cell, and the same click again clears both', () => {
    const store = createDashboardStore();
    store.getState().toggleLevel('county');
    const view = counted(LEVEL_CATEGORY_CHART);
    view.click({ value: [1, 1, 2] }, store.getState());
    expect([store.getState().levels, store.getState().categories]).toEqual([['city'], ['supervision']]);
    view.click({ value: [1, 1, 2] }, store.getState());
    expect([store.getState().levels, store.getState().categories]).toEqual([[], []]);
  });
});
