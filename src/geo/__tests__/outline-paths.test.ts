import { loadHenan } from '../load';
import { prefectureOutlines } from '../outline-paths';

/** The absolute points of path data written as `M x y l dx dy …z` (svg-path.ts). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [move, lines = ''] = ring.split('l');
    const [x0, y0] = move!.slice(1).split(' ').map(Number) as [number, number];
    let [x, y] = [x0, y0];
    points.push([x, y]);
    const steps = lines.match(/-?\d+(?:\.\d+)?/gu)?.map(Number) ?? [];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      x += steps[i]!;
      y += steps[i + 1]!;
      points.push([x, y]);
    }
  }
  return points;
}

describe('prefectureOutlines', () => {
  it('draws all 18 prefectures inside the box, less its padding, their names inside too', async () => {
    const outlines = prefectureOutlines(await loadHenan(), 240, 200, 6, 0.83);
    expect(outlines).toHaveLength(18);
    const points = outlines.flatMap((o) => pathPoints(o.d));
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    expect(Math.min(...xs, ...ys)).toBeGreaterThanOrEqual(6 - 0.1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(240 - 6 + 0.1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(200 - 6 + 0.1);
    for (const { labelAt } of outlines) {
      expect(labelAt[0]).toBeGreaterThan(6);
      expect(labelAt[0]).toBeLessThan(234);
      expect(labelAt[1]).toBeGreaterThan(6);
      expect(labelAt[1]).toBeLessThan(194);
    }
    // Fitted: the province spans the box's width or its height.
    const span = (values: number[]) => Math.max(...values) - Math.min(...values);
    expect(Math.max(span(xs) - 228, span(ys) - 188)).toBeCloseTo(0, 0);
  });

  it('draws as the chart does: longitudes scaled by aspectScale, so the province is as wide as on the dashboard', async () => {
    const henan = await loadHenan();
    const width = (aspect: number) => {
      const xs = prefectureOutlines(henan, 1000, 100, 0, aspect).flatMap((o) =>
        pathPoints(o.d).map(([x]) => x),
      );
      return Math.max(...xs) - Math.min(...xs);
    };
    // Fitted by its height in a wide box, the width follows the aspect.
    expect(width(0.83) / width(0.75)).toBeCloseTo(0.83 / 0.75, 1);
  });
});
