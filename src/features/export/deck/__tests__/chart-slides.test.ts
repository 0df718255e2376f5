import { LIGHT_THEME } from '../../../../lib/theme';
import { STAT_CHARTS } from '../../../../state/chart-list';
import { EMPTY_FILTERS } from '../../../../state/filters';
import type { Filters } from '../../../../state/filters';
import { chartSlideBodies, faded } from '../chart-slides';
import type { ChartElement, DeckElement, TableElement, TextElement } from '../deck-types';
import { LEGISLATION_CITY, PROJECTS } from './deck-fixture';

const bodyOf = (name: string, filters: Filters) =>
  chartSlideBodies(PROJECTS, filters, STAT_CHARTS).find((b) => b.chart.name === name)!.elements;
const chartIn = (elements: readonly DeckElement[]) =>
  elements.find((e): e is ChartElement => e.kind === 'chart')!;
const noteIn = (elements: readonly DeckElement[]) =>
  (elements[0] as TextElement).runs.map((r) => r.text).join('');

describe('按类别 in the deck', () => {
  it('stacks 主类别 and 兼属类别 and writes each total, 0 included, from a 合计 series without bars', () => {
    const chart = chartIn(bodyOf('category', LEGISLATION_CITY));
    expect(chart.stacked).toBe(true);
    expect(chart.categoryTitle).toBe('类别');
    expect(chart.categories).toEqual(['立法', '监督', '代表工作', '全过程人民民主', '综合与自身建设']);
    expect(chart.series.map((s) => [s.name, s.values, s.labelled, s.inLegend])).toEqual([
      ['主类别', [2, 1, 1, 0, 0], false, true],
      ['兼属类别', [0, 1, 0, 1, 0], false, true],
      ['合计', [2, 2, 1, 1, 0], true, false],
    ]);
    expect(chart.series[2]!.colour).toBeNull();
    expect(chart.labelPosition).toBe('inBase');
    // The axis ends a step past the longest bar, so the invisible totals do not double it.
    expect(chart.valueMax).toBe(3);
  });

  it('fades the categories that were not chosen, in both parts of their bars', () => {
    const [primary, secondary] = chartIn(bodyOf('category', LEGISLATION_CITY)).series;
    const accent = LIGHT_THEME.accent;
    const light = LIGHT_THEME.ramp[1]!;
    expect(primary!.colour).toBe(accent);
    expect(primary!.barColours).toEqual([accent, ...Array(4).fill(faded(accent))]);
    expect(secondary!.barColours).toEqual([light, ...Array(4).fill(faded(light))]);
    expect(noteIn(bodyOf('category', LEGISLATION_CITY))).toContain('未选中的淡显');
  });

  it('draws every category in full when no category is chosen', () => {
    const [primary] = chartIn(bodyOf('category', { ...EMPTY_FILTERS, levels: ['city'] })).series;
    expect(new Set(primary!.barColours)).toEqual(new Set([LIGHT_THEME.accent]));
    expect(noteIn(bodyOf('category', EMPTY_FILTERS))).not.toContain('淡显');
  });
});

describe('层级 × 类别 in the deck', () => {
  const FRAME = { colour: LIGHT_THEME.text, pt: 3 };
  const GAP = { colour: '#ffffff', pt: 1 };
  const table = (filters: Filters) =>
    bodyOf('level-category', filters).find((e): e is TableElement => e.kind === 'table')!;

  it('frames the chosen cell, and its neighbours say the same of the edges they share', () => {
    const rows = table(LEGISLATION_CITY).rows;
    // Row 2 is 市级, column 1 立法.
    expect(rows[2]!.cells[1]!.border).toEqual([FRAME, FRAME, FRAME, FRAME]);
    expect(rows[1]!.cells[1]!.border).toEqual([GAP, GAP, FRAME, GAP]);
    expect(rows[2]!.cells[0]!.border).toEqual([GAP, FRAME, GAP, GAP]);
    expect(rows[2]!.cells[2]!.border).toEqual([GAP, GAP, GAP, FRAME]);
    expect(rows[3]!.cells[3]!.border).toEqual([GAP, GAP, GAP, GAP]);
    expect(noteIn(bodyOf('level-category', LEGISLATION_CITY))).toContain('所选的格加深色框');
  });

  it('frames the whole chosen row when only a level is chosen, and nothing when nothing is', () => {
    const city = table({ ...EMPTY_FILTERS, levels: ['city'] }).rows[2]!.cells.slice(1);
    expect(city.map((c) => c.border)).toEqual(city.map(() => [FRAME, FRAME, FRAME, FRAME]));
    expect(
      table(EMPTY_FILTERS)
        .rows.flatMap((r) => r.cells)
        .some((c) => c.border),
    ).toBe(false);
  });
});
