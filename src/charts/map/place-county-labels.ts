import { estimateLabelWidth } from './label-width';

/** A county name to place: where its county is (chart pixels), how wide it is, and how much it matters. */
export interface CountyLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Higher is placed first and keeps its spot: counties with projects, then larger counties. */
  readonly priority: number;
}

/** Where a name ends up: shifted by [dx, dy] pixels, or hidden (it gave way to a more important one). */
export interface LabelSpot {
  readonly dx: number;
  readonly dy: number;
  readonly shown: boolean;
}

/** A box that names must keep clear of (the prefecture's marker and its label), in chart pixels. */
export interface Obstacle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const intersects = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/**
 * Keeps county names apart at the size the map is actually drawn. In priority order each name takes the first
 * free spot among: on its point, a line above, a line below, to the right, to the left; a name with no free spot
 * is hidden (lesser names give way). Pure: works on pixel positions, so placement adapts to phone, office and
 * 4K sizes alike.
 */
export function placeCountyLabels(
  labels: readonly CountyLabel[],
  fontSize: number,
  obstacles: readonly Obstacle[] = [],
): LabelSpot[] {
  const height = fontSize * 1.3;
  const gap = fontSize * 0.3;
  const taken: Box[] = [...obstacles];
  const spots: LabelSpot[] = labels.map(() => ({ dx: 0, dy: 0, shown: false }));
  const order = labels.map((_, i) => i).sort((a, b) => labels[b]!.priority - labels[a]!.priority || a - b);
  for (const i of order) {
    const label = labels[i]!;
    const width = estimateLabelWidth(label.text, fontSize);
    // A line (and a gap) up or down; or beside the point, starting just right or left of it.
    const line = height + gap * 1.5;
    const beside = width / 2 + gap;
    const moves: readonly (readonly [number, number])[] = [
      [0, 0],
      [0, -line],
      [0, line],
      [beside, 0],
      [-beside, 0],
    ];
    for (const [dx, dy] of moves) {
      const box = { x: label.x + dx - width / 2, y: label.y + dy - height / 2, width, height };
      if (taken.some((t) => intersects(box, t, gap))) continue;
      taken.push(box);
      spots[i] = { dx, dy, shown: true };
      break;
    }
  }
  return spots;
}
