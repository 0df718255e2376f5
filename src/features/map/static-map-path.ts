// Compact SVG path data for the prerendered map: it travels in the page's HTML, before any script, so every byte
// counts. Integer coordinates on a grid finer than the screen's pixels, rings simplified to that grid, relative
// moves with implicit repeated commands.

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

const signed = (n: number, first: boolean) => (n < 0 || first ? String(n) : ` ${n}`);

/** One closed ring as `M x y l dx dy …z`, in whole grid units, repeated points dropped. */
export function ringPath(ring: readonly Point[], tolerance = 0.8): string {
  const rounded = simplifyRing(ring, tolerance).map(([x, y]) => [Math.round(x), Math.round(y)] as const);
  const [start] = rounded;
  if (!start || rounded.length < 3) return '';
  let d = `M${start[0]} ${start[1]}l`;
  let [x, y] = start;
  let first = true;
  for (const [px, py] of rounded.slice(1)) {
    if (px === x && py === y) continue;
    d += signed(px - x, first) + signed(py - y, false);
    first = false;
    [x, y] = [px, py];
  }
  return `${d}z`;
}
