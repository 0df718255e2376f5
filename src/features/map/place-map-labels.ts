/** Where a pin's label sits relative to the pin. */
export type LabelSide = 'top' | 'bottom' | 'left' | 'right';

type Point = readonly [number, number];

/** A box in the rough pixel model: centre and size. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** What the placement needs to know: positions in geographic degrees, sizes derived from the font size. */
export interface MapLabelInput {
  /** County pins: position [lon, lat] and label text. */
  readonly pins: readonly { readonly coord: Point; readonly text: string }[];
  /** Prefecture names at their label points [lon, lat]. */
  readonly regionLabels: readonly { readonly coord: Point; readonly text: string }[];
  /** Other things to keep clear of (the 省级 marker), as [lon, lat] and a size in font-size units. */
  readonly obstacles?: readonly { readonly coord: Point; readonly w: number; readonly h: number }[];
  /**
   * Pixels per degree of latitude, per pixel of font size. The map is smallest at 1280×720 (≈ 100 px/° with
   * 14 px type); larger screens scale type and map together, so the ratio, and the placement, hold.
   */
  readonly pxPerDegreePerFont?: number;
}

/** Placement result: a side for each pin label, a vertical shift (in lines) for each region label. */
export interface MapLabelPlacement {
  readonly pinSides: LabelSide[];
  readonly regionShifts: number[];
}

const SIDES: readonly [LabelSide, ...LabelSide[]] = ['right', 'left', 'bottom', 'top'];
const REGION_SHIFTS = [0, -1, 1] as const;

function overlap(a: Box, b: Box): number {
  const dx = Math.min(a.x + a.w / 2, b.x + b.w / 2) - Math.max(a.x - a.w / 2, b.x - b.w / 2);
  const dy = Math.min(a.y + a.h / 2, b.y + b.h / 2) - Math.max(a.y - a.h / 2, b.y - b.h / 2);
  return dx > 0 && dy > 0 ? dx * dy : 0;
}

const cost = (box: Box, others: readonly Box[]) =>
  others.reduce((sum, other) => sum + overlap(box, other), 0);

function cheapest<T>(candidates: readonly [T, ...T[]], costOf: (c: T) => number): T {
  let best = candidates[0];
  let bestCost = costOf(best);
  for (const c of candidates.slice(1)) {
    const value = costOf(c);
    if (value < bestCost) [best, bestCost] = [c, value];
  }
  return best;
}

/**
 * Keeps map labels apart. First each prefecture name moves up or down a line if a county pin sits on it; then
 * each pin label takes the side (right, left, bottom, top, first free wins) that covers the least of the names,
 * the pins, the 省级 marker and the labels placed before it. Pure and deterministic; works in font-size units
 * on an equirectangular view scaled by cos(34°), which is how Henan looks on the map.
 */
export function placeMapLabels(input: MapLabelInput): MapLabelPlacement {
  const scale = input.pxPerDegreePerFont ?? 7;
  const cosLat = Math.cos((34 * Math.PI) / 180);
  const toUnits = ([lon, lat]: Point) => ({ x: lon * cosLat * scale, y: -lat * scale });

  const dots: Box[] = input.pins.map((p) => ({ ...toUnits(p.coord), w: 1, h: 1 }));
  const obstacles: Box[] = (input.obstacles ?? []).map((o) => ({ ...toUnits(o.coord), w: o.w, h: o.h }));

  const regionAt = (r: MapLabelInput['regionLabels'][number], shift: number): Box => {
    const at = toUnits(r.coord);
    return { x: at.x, y: at.y + shift * 1.2, w: r.text.length + 0.3, h: 1.4 };
  };
  const regionBoxes: Box[] = input.regionLabels.map((r) => regionAt(r, 0));
  const regionShifts = input.regionLabels.map((r, i) => {
    const others = [...dots, ...obstacles, ...regionBoxes.filter((_, j) => j !== i)];
    const shift = cheapest(REGION_SHIFTS, (s) => cost(regionAt(r, s), others) + Math.abs(s) * 0.01);
    regionBoxes[i] = regionAt(r, shift);
    return shift;
  });

  const placed: Box[] = [];
  const pinSides = input.pins.map((pin) => {
    const at = toUnits(pin.coord);
    const w = pin.text.length * 0.9 + 0.6;
    const h = 1.3;
    const gap = 0.6;
    const boxes: Record<LabelSide, Box> = {
      right: { x: at.x + gap + w / 2, y: at.y, w, h },
      left: { x: at.x - gap - w / 2, y: at.y, w, h },
      bottom: { x: at.x, y: at.y + gap + h / 2, w, h },
      top: { x: at.x, y: at.y - gap - h / 2, w, h },
    };
    const others = [...regionBoxes, ...dots, ...obstacles, ...placed];
    const side = cheapest(SIDES, (s) => cost(boxes[s], others));
    placed.push(boxes[side]);
    return side;
  });

  return { pinSides, regionShifts };
}
