// The one writer of SVG path data for maps drawn without ECharts: the prerendered static map (its path data
// travels in the page's HTML, before any script, so every byte counts) and the deck's locator maps. Coordinates on a
// grid finer than what is shown, rings simplified to that grid, relative moves with implicit repeated commands.

type Point = readonly [number, number];

/** Douglas–Peucker: the ring's points that keep it within `tolerance` of the original. */
export function simplifyRing(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i]!;
      const d =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

const signed = (n: number, first: boolean, step: number) => {
  const text = String(n / step);
  return n < 0 || first ? text : ` ${text}`;
};

/**
 * One closed ring as `M x y l dx dy …z`, on a grid of 10^-digits units (whole units by default), repeated points
 * dropped; '' if nothing is left. `tolerance` is in grid steps.
 */
export function ringPath(ring: readonly Point[], tolerance = 0.8, digits = 0): string {
  const step = 10 ** digits;
  const points: [number, number][] = [];
  for (const [x, y] of simplifyRing(
    ring.map(([x, y]) => [x * step, y * step] as const),
    tolerance,
  )) {
    const [px, py] = [Math.round(x), Math.round(y)];
    const last = points.at(-1);
    if (!last || last[0] !== px || last[1] !== py) points.push([px, py]);
  }
  // A closed ring repeats its first point: a shape needs three more.
  if (new Set(points.map(([x, y]) => `${x},${y}`)).size < 3) return '';
  const [[x0, y0]] = points as [[number, number]];
  let d = `M${x0 / step} ${y0 / step}l`;
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i]!;
    const [px, py] = points[i - 1]!;
    d += signed(x - px, i === 1, step) + signed(y - py, false, step);
  }
  return `${d}z`;
}
