// Bounding boxes of geometry in [lon, lat]: what the drill fits into the frame.

/** A box [lon, lat] bounds: west, south, east, north. */
export type Bounds = readonly [number, number, number, number];

/** The bounds of a GeoJSON geometry's coordinates. */
export function geometryBounds(geometry: { type: string; coordinates: unknown }): Bounds {
  // Runs over every vertex of the province while the first screen waits: plain loops, no allocation per point.
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value) || value.length === 0) return;
    if (typeof value[0] === 'number') {
      const lon = value[0];
      const lat = value[1] as number;
      if (lon < w) w = lon;
      if (lon > e) e = lon;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
      return;
    }
    for (const item of value) visit(item);
  };
  visit(geometry.coordinates);
  return [w, s, e, n];
}

/** The smallest box around all of these. */
export function unionBounds(all: Iterable<Bounds>): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [west, south, east, north] of all) {
    [w, s, e, n] = [Math.min(w, west), Math.min(s, south), Math.max(e, east), Math.max(n, north)];
  }
  return [w, s, e, n];
}
