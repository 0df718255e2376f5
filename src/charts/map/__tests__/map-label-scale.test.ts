import { FIXTURE } from '../../../test/fixtures';
import { MIN_MAP_FONT, mapFontSize, mapView } from '../map-label-scale';
import { buildMapModel, regionLabelText } from '../map-model';

// Henan's box, roughly: 6.3° of longitude by 5° of latitude.
const HENAN: [number, number, number, number] = [110.35, 31.38, 116.65, 36.37];

describe('mapView', () => {
  it('fits the wider side into 96 % of the chart’s shorter side', () => {
    const view = mapView(HENAN, 1070, 847);
    const widthPx = (HENAN[2] - HENAN[0]) * 0.83 * view.pxPerDegree;
    expect(widthPx).toBeCloseTo(0.96 * 847, 0);
  });

  it('shows more than the map: the bounds hold the whole extent', () => {
    const [west, south, east, north] = mapView(HENAN, 348, 400).bounds;
    expect(west).toBeLessThan(HENAN[0]);
    expect(south).toBeLessThan(HENAN[1]);
    expect(east).toBeGreaterThan(HENAN[2] - 0.01);
    expect(north).toBeGreaterThan(HENAN[3]);
  });
});

describe('mapFontSize', () => {
  it('keeps the layout’s size on a big map and shrinks it on a phone’s, never below the minimum', () => {
    expect(mapFontSize(14, mapView(HENAN, 1070, 847).pxPerDegree)).toBe(14);
    expect(mapFontSize(28, mapView(HENAN, 2142, 1699).pxPerDegree)).toBe(28);
    const phone = mapFontSize(14, mapView(HENAN, 348, 400).pxPerDegree);
    expect(phone).toBeLessThan(14);
    expect(phone).toBeGreaterThanOrEqual(MIN_MAP_FONT);
    expect(mapFontSize(14, 10)).toBe(MIN_MAP_FONT);
  });
});

describe('labels by map size', () => {
  const labelPoints = new Map([
    ['410100', [113.53, 34.64] as const],
    ['410700', [113.93, 35.3] as const],
    ['410600', [114.3, 35.75] as const],
    ['410900', [115.1, 35.8] as const],
    ['410800', [113.2, 35.2] as const],
  ]);

  it('writes full names on a big map and drops 市 on a small one', () => {
    expect(regionLabelText('郑州市', { pxPerDegreePerFont: 11 })).toBe('郑州市');
    expect(regionLabelText('郑州市', { pxPerDegreePerFont: 5.5 })).toBe('郑州');
    expect(regionLabelText('郑州市', undefined)).toBe('郑州市');
  });

  it('shows every name on a big map, and hides some rather than overlapping them on a tiny one', () => {
    const big = buildMapModel(FIXTURE, new Map(), labelPoints, { pxPerDegreePerFont: 11 });
    expect(big.regions.filter((r) => labelPoints.has(r.code)).every((r) => r.labelShown)).toBe(true);
    const tiny = buildMapModel(FIXTURE, new Map(), labelPoints, { pxPerDegreePerFont: 1.5 });
    const shown = tiny.regions.filter((r) => labelPoints.has(r.code) && r.labelShown);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(labelPoints.size);
  });
});
