import type { Bounds } from '../../geo';
import { MAP_LAYOUT } from './map-label-scale';

/** A rectangle in chart pixels. */
export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A uniform zoom and shift in chart pixels: p ↦ p · scale + (x, y). */
export interface Camera {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** What the map shows: the province, or one prefecture's counties. */
export type MapView = { readonly kind: 'province' } | { readonly kind: 'prefecture'; readonly code: string };

/** Where a map of these bounds is drawn in a chart of this size (ECharts' layoutCenter/layoutSize rule). */
export function mapRect(bounds: Bounds, width: number, height: number): PixelRect {
  const size = MAP_LAYOUT.size * Math.min(width, height);
  const aspect = ((bounds[2] - bounds[0]) / (bounds[3] - bounds[1])) * MAP_LAYOUT.aspectScale;
  const w = aspect > 1 ? size : size * aspect;
  const h = aspect > 1 ? size / aspect : size;
  return {
    x: MAP_LAYOUT.centerX * width - w / 2,
    y: MAP_LAYOUT.centerY * height - h / 2,
    width: w,
    height: h,
  };
}

/** Where the point [lon, lat] of a map of bounds `bounds`, drawn in `rect`, lands (chart pixels). */
export function pointInRect(bounds: Bounds, rect: PixelRect, [lon, lat]: readonly [number, number]) {
  return {
    x: rect.x + ((lon - bounds[0]) / (bounds[2] - bounds[0])) * rect.width,
    y: rect.y + ((bounds[3] - lat) / (bounds[3] - bounds[1])) * rect.height,
  };
}

/** Where the part `inner` of a map of bounds `outer`, drawn in `rect`, lands. */
function innerRect(outer: Bounds, rect: PixelRect, inner: Bounds): PixelRect {
  const sx = rect.width / (outer[2] - outer[0]);
  const sy = rect.height / (outer[3] - outer[1]);
  return {
    x: rect.x + (inner[0] - outer[0]) * sx,
    y: rect.y + (outer[3] - inner[3]) * sy,
    width: (inner[2] - inner[0]) * sx,
    height: (inner[3] - inner[1]) * sy,
  };
}

/** The camera taking rect `from` onto rect `to` (by width: both keep the map's aspect). */
function cameraBetween(from: PixelRect, to: PixelRect): Camera {
  const scale = to.width / from.width;
  return { scale, x: to.x - from.x * scale, y: to.y - from.y * scale };
}

/**
 * The zoom that makes a new view start where the old view showed the same ground: applied to the new view's
 * picture (CSS transform, origin top left) and eased back to identity, it flies the camera from the old view to
 * the new. Views are placed on the province's picture: the province view shows it as drawn; a prefecture view
 * enlarges the prefecture's part of it to fill the frame. Returns null when there is nothing to fly (same view).
 */
export function drillCamera(
  from: MapView,
  to: MapView,
  province: Bounds,
  prefectureBounds: (code: string) => Bounds | undefined,
  width: number,
  height: number,
): Camera | null {
  const provinceRect = mapRect(province, width, height);
  // Each view as a camera from the province picture to the screen.
  const viewCamera = (view: MapView): Camera | null => {
    if (view.kind === 'province') return { scale: 1, x: 0, y: 0 };
    const bounds = prefectureBounds(view.code);
    if (!bounds) return null;
    return cameraBetween(innerRect(province, provinceRect, bounds), mapRect(bounds, width, height));
  };
  const sameView =
    from.kind === to.kind && (from.kind === 'province' || from.code === (to as typeof from).code);
  if (sameView) return null;
  const a = viewCamera(from);
  const b = viewCamera(to);
  if (!a || !b) return null;
  // The new picture is drawn through b; at the start it must look as a would draw it: a ∘ b⁻¹.
  const scale = a.scale / b.scale;
  return { scale, x: a.x - b.x * scale, y: a.y - b.y * scale };
}

/** A camera as a CSS transform (transform-origin 0 0). */
export function cameraTransform(camera: Camera): string {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return `translate(${r(camera.x)}px, ${r(camera.y)}px) scale(${r(camera.scale)})`;
}
