/** A geographic box [west, south, east, north] in degrees. */
export type Extent = readonly [number, number, number, number];

/** How the map is laid out in its chart: where ECharts puts the geo component (see buildMapOption). */
export const MAP_LAYOUT = { centerX: 0.52, centerY: 0.5, size: 0.96, aspectScale: 0.83 } as const;

/** Label size bounds in px: never smaller than this, even on a phone (no text on screen is under 12 px). */
export const MIN_MAP_FONT = 12;

/** Pin names' size in label font sizes, where labels may be smaller than the names (not on a projector). */
export const PIN_FONT = 0.86;

/** Pin names' size in px beside names of `labelFont` px: PIN_FONT of them, never under MIN_MAP_FONT. */
export function pinFontFor(labelFont: number): number {
  return Math.max(MIN_MAP_FONT, Math.round(labelFont * PIN_FONT));
}

/**
 * Map labels need about this many font sizes per degree of latitude to sit apart (at 1280×720 there are ≈ 7).
 * Below it the font gets smaller, down to MIN_MAP_FONT.
 */
export const FONTS_PER_DEGREE = 5.5;

/** Below this many font sizes per degree, prefecture names drop 市 (郑州 for 郑州市) to make room. */
export const SHORT_NAMES_BELOW = 6.5;

/** The map's scale and visible area for a chart of the given size in px. */
export interface MapView {
  /** Pixels per degree of latitude. */
  readonly pxPerDegree: number;
  /** What the chart shows, in degrees: labels must stay inside. */
  readonly bounds: Extent;
}

/** Where ECharts draws `extent` in a width × height chart (layoutSize is a share of the shorter side). */
export function mapView(extent: Extent, width: number, height: number): MapView {
  const [west, south, east, north] = extent;
  const { aspectScale, size, centerX, centerY } = MAP_LAYOUT;
  const span = Math.max((east - west) * aspectScale, north - south);
  const pxPerDegree = (size * Math.min(width, height)) / span;
  const pxPerLon = pxPerDegree * aspectScale;
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  return {
    pxPerDegree,
    bounds: [
      lon - (centerX * width) / pxPerLon,
      lat - ((1 - centerY) * height) / pxPerDegree,
      lon + ((1 - centerX) * width) / pxPerLon,
      lat + (centerY * height) / pxPerDegree,
    ],
  };
}

/**
 * The label size: the layout's own size (`preferred`), smaller where the map is too small for it, down to
 * `smallest`.
 */
export function mapFontSize(preferred: number, pxPerDegree: number, smallest = MIN_MAP_FONT): number {
  return Math.max(smallest, Math.min(preferred, Math.floor(pxPerDegree / FONTS_PER_DEGREE)));
}

/**
 * The label size and placement scale for the map drawn in a box of `size`: `preferred` px where the map is big
 * enough, smaller where it is not (down to `smallest`); the preferred size and no scale while the box or the
 * map is unknown.
 */
export function labelScaleFor(
  size: { width: number; height: number } | null,
  extent: Extent | null,
  preferred: number,
  smallest = MIN_MAP_FONT,
): { labelFont: number; scale: { pxPerDegreePerFont: number; bounds: Extent } | undefined } {
  const view = extent && size && size.width > 0 ? mapView(extent, size.width, size.height) : null;
  if (!view) return { labelFont: preferred, scale: undefined };
  const labelFont = mapFontSize(preferred, view.pxPerDegree, smallest);
  return { labelFont, scale: { pxPerDegreePerFont: view.pxPerDegree / labelFont, bounds: view.bounds } };
}
