import { countyCentroid, featureCentroid } from '../centroid';
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
  it('finds a county centroid in lon/lat (金水区 is in north-east Zhengzhou)', async () => {
    const [lon, lat] = await countyCentroid('410105');
    expect(lon).toBeCloseTo(113.7, 1);
    expect(lat).toBeCloseTo(34.8, 1);
  });

  it('rejects a county that does not exist', async () => {
    await expect(countyCentroid('410199')).rejects.toThrow(/410199/);
    await expect(countyCentroid('999999')).rejects.toThrow(/999999/);
  });

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
