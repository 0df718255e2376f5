// Where a locator's names go: beside their prefectures, never over any red shape, joined to their prefecture by
// a leader line, so even the smallest prefecture (济源) shows all its red.
import type { PrefectureOutline } from '../../../geo';

type Point = readonly [number, number];
type Ring = readonly Point[];

/** A name's box on the picture (centre and size, halo included) and the point its leader line ends at. */
export interface LocatorLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly anchor: Point;
}

/** The white halo around a name, in the picture's units. */
export const LABEL_HALO = 3;
/** Gaps between the label point and the box's nearest side, tried in turn, nearest first. */
const RADII = [6, 12, 20, 30, 42, 56, 72, 90, 110] as const;
/** Directions tried at each distance: right, left, up, down, then the diagonals. */
const DIRECTIONS: readonly Point[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
].map(([x, y]) => [x! / Math.hypot(x!, y!), y! / Math.hypot(x!, y!)] as const);

/** A prefecture's name without 市 (郑州 for 郑州市), as the dashboard's small map shows it. */
export const shortName = (name: string) => name.replace(/市$/u, '');

/** Whether the point lies inside the shape (even-odd over all its rings). */
export function insideShape(rings: readonly Ring[], [px, py]: Point): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const inBox = (l: Omit<LocatorLabel, 'text' | 'anchor'>, [x, y]: Point) =>
  Math.abs(x - l.x) <= l.w / 2 && Math.abs(y - l.y) <= l.h / 2;

/** Whether the segment a–b crosses the segment c–d. */
function crosses(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

/** Whether a label's box touches the shape: a corner of the shape inside it, it inside the shape, or edges crossing. */
export function boxMeetsShape(l: Omit<LocatorLabel, 'text' | 'anchor'>, rings: readonly Ring[]): boolean {
  const [x0, x1, y0, y1] = [l.x - l.w / 2, l.x + l.w / 2, l.y - l.h / 2, l.y + l.h / 2];
  const corners: Point[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  if (corners.some((c) => insideShape(rings, c)) || insideShape(rings, [l.x, l.y])) return true;
  return rings.some((ring) =>
    ring.some((p, i) => {
      if (inBox(l, p)) return true;
      const q = ring[(i + 1) % ring.length]!;
      return corners.some((c, k) => crosses(p, q, c, corners[(k + 1) % 4]!));
    }),
  );
}

const boxesMeet = (a: LocatorLabel, b: LocatorLabel) =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;

/**
 * The chosen prefectures' names at `size` points, each at the nearest place around its label point where it
 * covers no chosen prefecture, no other name, and stays inside the width × height picture.
 */
export function placeLocatorLabels(
  chosen: readonly PrefectureOutline[],
  size: number,
  width: number,
  height: number,
): LocatorLabel[] {
  const placed: LocatorLabel[] = [];
  for (const o of chosen) {
    const text = shortName(o.name);
    const w = text.length * size + 2 * LABEL_HALO;
    const h = size * 1.2 + 2 * LABEL_HALO;
    const [ax, ay] = o.labelAt;
    const candidates = RADII.flatMap((r) =>
      DIRECTIONS.map(([dx, dy]) => ({
        text,
        w,
        h,
        x: ax + dx * (r + w / 2),
        y: ay + dy * (r + h / 2),
        anchor: o.labelAt,
      })),
    );
    const fits = (l: LocatorLabel) =>
      l.x - w / 2 >= 0 &&
      l.x + w / 2 <= width &&
      l.y - h / 2 >= 0 &&
      l.y + h / 2 <= height &&
      !placed.some((p) => boxesMeet(p, l)) &&
      !chosen.some((c) => boxMeetsShape(l, c.rings));
    placed.push(candidates.find(fits) ?? candidates[0]!);
  }
  return placed;
}

/** Where a label's leader line leaves its box: the box's point nearest the anchor. */
export const leaderStart = (l: LocatorLabel): Point => [
  Math.min(Math.max(l.anchor[0], l.x - l.w / 2), l.x + l.w / 2),
  Math.min(Math.max(l.anchor[1], l.y - l.h / 2), l.y + l.h / 2),
];
