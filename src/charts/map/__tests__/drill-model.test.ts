import { FIXTURE } from '../../../test/fixtures';
import { buildDrillModel, drillTableRows, provinceTableRows } from '../drill-model';
import type { CountyShape } from '../../../geo';
import { LIGHT_THEME } from '../../../lib/theme';
import { buildDrillOption } from '../build-drill-option';
import { buildMapModel } from '../map-model';
import type { LabelSpot } from '../place-county-labels';

// Three counties of 信阳 (FIXTURE has a city project, №5, and a county project in 固始县, №6).
const XINYANG: CountyShape[] = [
  { code: '411502', name: '浉河区', coord: [114.0, 32.1], area: 2 },
  { code: '411525', name: '固始县', coord: [115.6, 32.2], area: 3 },
  { code: '411528', name: '息县', coord: [114.7, 32.4], area: 2 },
];

describe('buildDrillModel', () => {
  it("groups the prefecture's county-level projects by county and keeps its city-level ones as its own", () => {
    const model = buildDrillModel(FIXTURE, '411500', XINYANG);
    expect(model.name).toBe('信阳市');
    expect(model.counties.map((c) => [c.name, c.projects.map((p) => p.id)])).toEqual([
      ['浉河区', []],
      ['固始县', [6]],
      ['息县', []],
    ]);
    expect(model.cityProjects.map((p) => p.id)).toEqual([5]);
    // The marker stands on the first district, the seat of the prefecture.
    expect(model.seat).toEqual([114.0, 32.1]);
  });

  it('ignores other prefectures and the province level', () => {
    const model = buildDrillModel(FIXTURE, '410100', [
      { code: '410105', name: '金水区', coord: [113.7, 34.8], area: 1 },
    ]);
    expect(model.counties[0]!.projects.map((p) => p.id)).toEqual([4]);
    expect(model.cityProjects.map((p) => p.id)).toEqual([3]);
  });

  it('gives 济源, its own only county, one region and its city projects', () => {
    const jiyuan = buildDrillModel([{ ...FIXTURE[2]!, prefecture: '419001' }], '419001', [
      { code: '419001', name: '济源市', coord: [112.4, 35.1], area: 1 },
    ]);
    expect(jiyuan.counties).toHaveLength(1);
    expect(jiyuan.cityProjects).toHaveLength(1);
  });
});

describe('map table rows', () => {
  it('lists 省级 first, then every prefecture with 市级, 县级 and 合计', () => {
    const model = buildMapModel(FIXTURE, new Map());
    const rows = provinceTableRows(model.provinceProjects, model.regions);
    expect(rows).toHaveLength(19);
    expect(rows[0]).toMatchObject({ kind: 'province', name: '省级', total: 2 });
    expect(rows.find((r) => r.code === '410100')).toMatchObject({
      name: '郑州市',
      city: 1,
      county: 1,
      total: 2,
    });
    expect(rows.find((r) => r.code === '419001')).toMatchObject({ total: 0 });
  });

  it("lists the drilled prefecture's own row, then its counties", () => {
    const rows = drillTableRows(buildDrillModel(FIXTURE, '411500', XINYANG));
    expect(rows.map((r) => [r.kind, r.name, r.city, r.county, r.total])).toEqual([
      ['city', '信阳市（市本级）', 1, 0, 1],
      ['county', '浉河区', 0, 0, 0],
      ['county', '固始县', 0, 1, 1],
      ['county', '息县', 0, 0, 0],
    ]);
  });
});

describe('buildDrillOption', () => {
  const model = buildDrillModel(FIXTURE, '411500', XINYANG);
  const option = (selectedCounty: string | null, labelSpots?: LabelSpot[]) =>
    buildDrillOption({ model, mapName: 'counties-411500', selectedCounty, theme: LIGHT_THEME, labelSpots });
  type Series = {
    id: string;
    nameProperty?: string;
    data: { name: string; value: unknown; label?: { show?: boolean; offset?: number[] } }[];
  };
  const series = (o: ReturnType<typeof option>, id: string) =>
    (o.series as Series[]).find((s) => s.id === id)!;

  it('keys counties by adcode and counts their county-level projects', () => {
    const o = option(null);
    expect((o.geo as { nameProperty: string }).nameProperty).toBe('adcode');
    expect(series(o, 'counties').nameProperty).toBe('adcode');
    expect(series(o, 'counties').data.map((d) => [d.name, d.value])).toEqual([
      ['411502', 0],
      ['411525', 1],
      ['411528', 0],
    ]);
    expect(series(o, 'city').data).toHaveLength(1);
  });

  it('selects the chosen county and places names where the placement says', () => {
    const o = option('411525', [
      { dx: 0, dy: 0, shown: true },
      { dx: 0, dy: -20, shown: true },
      { dx: 0, dy: 0, shown: false },
    ]);
    const regions = (o.geo as { regions: { name: string; selected: boolean }[] }).regions;
    expect(regions.filter((r) => r.selected).map((r) => r.name)).toEqual(['411525']);
    const names = series(o, 'county-names').data;
    expect(names[1]!.label!.offset).toEqual([0, -20]);
    expect(names[2]!.label!.show).toBe(false);
  });
});
