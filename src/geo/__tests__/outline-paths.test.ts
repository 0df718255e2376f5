import { loadHenan } from '../load';
import { prefectureOutlines } from '../outline-paths';

describe('prefectureOutlines', () => {
  it('draws all 18 prefectures inside the box, less its padding, their names inside too', async () => {
    const outlines = prefectureOutlines(await loadHenan(), 240, 200, 6);
    expect(outlines).toHaveLength(18);
    const numbers = outlines.flatMap((o) => o.d.match(/-?\d+(?:\.\d+)?/gu)!.map(Number));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(6 - 0.1);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(240 - 6 + 0.1);
    for (const { labelAt } of outlines) {
      expect(labelAt[0]).toBeGreaterThan(6);
      expect(labelAt[0]).toBeLessThan(234);
      expect(labelAt[1]).toBeGreaterThan(6);
      expect(labelAt[1]).toBeLessThan(194);
    }
    // Fitted: the province spans the box's width or its height.
    const points = outlines.flatMap((o) => [...o.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/gu)]);
    const span = (i: 1 | 2) => {
      const values = points.map((m) => Number(m[i]));
      return Math.max(...values) - Math.min(...values);
    };
    expect(Math.max(span(1) - 228, span(2) - 188)).toBeCloseTo(0, 0);
  });
});
