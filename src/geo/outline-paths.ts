// The prefectures as SVG paths fitted into a box, for pictures drawn without ECharts (the deck's locator maps).
import type { PrefectureCollection } from './load';
import { ringPath } from './svg-path';

/** One prefecture drawn in the box: its outline as SVG path data, and where its name goes. */
export interface PrefectureOutline {
  readonly code: string;
  readonly name: string;
  /** SVG path data, in the box's units. */
  readonly d: string;
  /** The same outline as rings of points in the box's units (islands and holes alike), for hit tests. */
  readonly rings: readonly (readonly (readonly [number, number])[])[];
  /** The label point (the map's own `cp`), projected. */
  readonly labelAt: readonly [number, number];
}

/**
 * Outlines are simplified by up to this many tenths of a unit (0.3 pt on a locator): below a pixel on a 4 K
 * projector, and about a third fewer points in the picture.
 */
const SIMPLIFY_TENTHS = 3;

const rings = (feature: PrefectureCollection['features'][number]) =>
  (feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates]
    : feature.geometry.coordinates
  ).flat();

/**
 * Every prefecture of the collection, the whole province fitted inside width × height less `padding` each side,
 * in the chart's own projection (longitude × aspectScale, latitude up), so a locator looks like the dashboard's
 * map. Path data from the static map's writer (svg-path.ts), to a tenth of a unit.
 */
export function prefectureOutlines(
  collection: PrefectureCollection,
  width: number,
  height: number,
  padding: number,
  aspectScale: number,
): PrefectureOutline[] {
  const plane = ([lon, lat]: readonly number[]): [number, number] => [lon! * aspectScale, -lat!];
  let [west, north, east, south] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of collection.features) {
    for (const ring of rings(feature)) {
      for (const point of ring) {
        const [x, y] = plane(point);
        [west, east, north, south] = [
          Math.min(west, x),
          Math.max(east, x),
          Math.min(north, y),
          Math.max(south, y),
        ];
      }
    }
  }
  const scale = Math.min((width - 2 * padding) / (east - west), (height - 2 * padding) / (south - north));
  const left = (width - scale * (east - west)) / 2 - scale * west;
  const top = (height - scale * (south - north)) / 2 - scale * north;
  const project = (point: readonly number[]): [number, number] => {
    const [x, y] = plane(point);
    return [scale * x + left, scale * y + top];
  };
  return collection.features.map((f) => {
    const projected = rings(f).map((ring) => ring.map(project));
    return {
      code: f.properties.adcode,
      name: f.properties.name,
      d: projected.map((ring) => ringPath(ring, SIMPLIFY_TENTHS, 1)).join(''),
      rings: projected,
      labelAt: project(f.properties.cp),
    };
  });
}
