import { PIN_FONT } from './map-label-scale';

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
  /**
   * Prefecture names at their label points [lon, lat]. Where two still collide, the one with the lower
   * `priority` (e.g. fewer projects) gives way; equal priorities keep the earlier one.
   */
  readonly regionLabels: readonly {
    readonly coord: Point;
    readonly text: string;
    readonly priority?: number;
  }[];
  /**
   * Other things to keep clear of (the 省级 marker): anchored at [lon, lat], centred `offset` font sizes away
   * (x right, y down; drawn marks keep their pixel offset whatever the map's scale), sized in font sizes.
   */
  readonly obstacles?: readonly {
    readonly coord: Point;
    readonly offset?: readonly [number, number];
    readonly w: number;
    readonly h: number;
  }[];
  /**
   * Pixels per degree of latitude, per pixel of font size. The map is smallest at 1280×720 (≈ 100 px/° with
   * 14 px type); larger screens scale type and map together, so the ratio, and the placement, hold.
   */
  readonly pxPerDegreePerFont?: number;
  /** Pin names' size in font sizes: PIN_FONT unless they are drawn as large as the names (a projector). */
  readonly pinFont?: number;
  /** The chart's visible area [west, south, east, north] in degrees: pin labels stay inside it. */
  readonly bounds?: readonly [number, number, number, number];
}

/**
 * Placement result: a side for each pin label, a vertical shift (in lines) for each region label, and which
 * labels are shown: a label with no free place gives way (the pin or region stays, its tooltip names it).
 */
export interface MapLabelPlacement {
  readonly pinSides: LabelSide[];
  readonly regionShifts: number[];
  readonly pinLabelShown: boolean[];
  readonly regionLabelShown: boolean[];
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
  const obstacles: Box[] = (input.obstacles ?? []).map((o) => {
    const at = toUnits(o.coord);
    const [dx, dy] = o.offset ?? [0, 0];
    return { x: at.x + dx, y: at.y + dy, w: o.w, h: o.h };
  });

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

  // Lesser names give way: from the highest priority down, a name that still covers one already kept, or
  // the 省级 marker, is hidden.
  const order = input.regionLabels
    .map((r, i) => ({ i, priority: r.priority ?? 0 }))
    .sort((a, b) => b.priority - a.priority || a.i - b.i);
  const regionLabelShown = input.regionLabels.map(() => false);
  const kept: Box[] = [];
  for (const { i } of order) {
    const box = regionBoxes[i]!;
    if (cost(box, [...kept, ...obstacles]) > 0) continue;
    regionLabelShown[i] = true;
    kept.push(box);
  }

  // Outside the chart counts as covered: a label there would be cut off.
  const outside = (box: Box): number => {
    if (!input.bounds) return 0;
    const [west, south, east, north] = input.bounds;
    const min = toUnits([west, north]);
    const max = toUnits([east, south]);
    const dx = Math.max(0, min.x - (box.x - box.w / 2)) + Math.max(0, box.x + box.w / 2 - max.x);
    const dy = Math.max(0, min.y - (box.y - box.h / 2)) + Math.max(0, box.y + box.h / 2 - max.y);
    return (dx + dy) * 100;
  };

  const pinScale = (input.pinFont ?? PIN_FONT) / PIN_FONT;
  const placed: Box[] = [];
  const pinLabelShown: boolean[] = [];
  const pinSides = input.pins.map((pin, pinIndex) => {
    const at = toUnits(pin.coord);
    const w = pin.text.length * 0.9 * pinScale + 0.6;
    const h = 1.15 * pinScale;
    const gap = 0.6;
    const boxes: Record<LabelSide, Box> = {
      right: { x: at.x + gap + w / 2, y: at.y, w, h },
      left: { x: at.x - gap - w / 2, y: at.y, w, h },
      bottom: { x: at.x, y: at.y + gap + h / 2, w, h },
      top: { x: at.x, y: at.y - gap - h / 2, w, h },
    };
    const ownDot = dots[pinIndex];
    const others = [...kept, ...dots.filter((d) => d !== ownDot), ...obstacles, ...placed];
    const costOf = (s: LabelSide) => cost(boxes[s], others) + outside(boxes[s]);
    const side = cheapest(SIDES, costOf);
    const free = costOf(side) === 0;
    pinLabelShown.push(free);
    if (free) placed.push(boxes[side]);
    return side;
  });

  return { pinSides, regionShifts, pinLabelShown, regionLabelShown };
}
