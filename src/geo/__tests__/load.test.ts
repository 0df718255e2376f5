import { PREFECTURE_CODES } from '../../data';
import { featureCentroid } from '../centroid';
import { COUNTY_POINTS, countyName } from '../county-points';
import { loadCounties, loadHenan, prefectureOfCounty } from '../load';

describe('loadHenan / loadCounties', () => {
  it('loads the prefecture map', async () => {
    const henan = await loadHenan();
    expect(henan.type).toBe('FeatureCollection');
    expect(henan.features).toHaveLength(18);
  });

  it("loads one prefecture's counties, and rejects an unknown prefecture", async () => {
    const zhengzhou = await loadCounties('410100');
    expect(zhengzhou.features.map((f) => f.properties.name)).toContain('巩义市');
    expect(zhengzhou.features.every((f) => f.properties.prefecture === '410100')).toBe(true);
    await expect(loadCounties('410000')).rejects.toThrow(/410000/);
  });
});

describe('prefectureOfCounty', () => {
  it('maps a county to its prefecture, 济源 to itself, and unknown codes to undefined', () => {
    expect(prefectureOfCounty('410181')).toBe('410100');
    expect(prefectureOfCounty('411729')).toBe('411700');
    expect(prefectureOfCounty('419001')).toBe('419001');
    expect(prefectureOfCounty('420100')).toBeUndefined();
    expect(prefectureOfCounty('4101')).toBeUndefined();
  });
});

describe('centroids', () => {
  it('is the spherical centroid of a feature', () => {
    const square = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [113, 34],
            [113, 35],
            [114, 35],
            [114, 34],
            [113, 34],
          ],
        ],
      },
    };
    const [lon, lat] = featureCentroid(square);
    expect(lon).toBeCloseTo(113.5, 6);
    expect(lat).toBeCloseTo(34.5, 1);
  });
});

describe('county points', () => {
  it("name every county of every prefecture's shapes and sit at its centroid", async () => {
    const shapes = (await Promise.all([...PREFECTURE_CODES].map((code) => loadCounties(code)))).flatMap(
      (collection) => collection.features,
    );
    expect([...COUNTY_POINTS.keys()].sort()).toEqual(shapes.map((f) => f.properties.adcode).sort());
    for (const shape of shapes) {
      const point = COUNTY_POINTS.get(shape.properties.adcode)!;
      expect(point.name).toBe(shape.properties.name);
      const [lon, lat] = featureCentroid(shape);
      expect(Math.abs(point.coord[0] - lon)).toBeLessThanOrEqual(0.00005);
      expect(Math.abs(point.coord[1] - lat)).toBeLessThanOrEqual(0.00005);
    }
  });

  it('give a county its name, and nothing for a code that is no county', () => {
    expect(countyName('411525')).toBe('固始县');
    expect(countyName('410105')).toBe('金水区');
    expect(countyName('410100')).toBeUndefined();
    expect(countyName('999999')).toBeUndefined();
    expect(countyName(null)).toBeUndefined();
  });
});
