import henan from '../../../data/geo/henan.json';
import shipped from '../../../data/geo/henan-measures.json';
import { provinceGeometry } from '../geometry-cache';
import { measureHenan } from '../measures';

describe('henan-measures.json', () => {
  it('is what the shipped henan.json measures (npm run geo writes both)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(measureHenan(henan as never))));
  });

  it('lays the province out: every prefecture has a label point inside its bounds, all inside the province', () => {
    const { bounds, labelPoints, prefectureBounds } = provinceGeometry();
    expect(prefectureBounds.size).toBe(henan.features.length);
    for (const [code, [w, s, e, n]] of prefectureBounds) {
      const [lon, lat] = labelPoints.get(code)!;
      expect(lon).toBeGreaterThan(w);
      expect(lon).toBeLessThan(e);
      expect(lat).toBeGreaterThan(s);
      expect(lat).toBeLessThan(n);
      expect(w).toBeGreaterThanOrEqual(bounds[0]);
      expect(n).toBeLessThanOrEqual(bounds[3]);
    }
  });
});
