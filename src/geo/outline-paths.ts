// The prefectures as SVG paths fitted into a box, for pictures drawn without ECharts (the deck's locator maps).
// Mercator, as ECharts draws the dashboard's map, so the two look alike.
import type { PrefectureCollection } from './load';

/** One prefecture drawn in the box: its outline as SVG path data, and where its name goes. */
export interface PrefectureOutline {
  readonly code: string;
  readonly name: string;
  /** SVG path data, in the box's units. */
  readonly d: string;
  /** The label point (the map's own `cp`), projected. */
  readonly labelAt: readonly [number, number];
}

const RADIANS = Math.PI / 180;

/** Web Mercator, unscaled: x east, y down. */
const mercator = ([lon, lat]: readonly number[]): [number, number] => [
  lon! * RADIANS,
  -Math.log(Math.tan(Math.PI / 4 + (lat! * RADIANS) / 2)),
];

const rings = (feature: PrefectureCollection['features'][number]) =>
  (feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates]
    : feature.geometry.coordinates
  ).flat();

const tenth = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Every prefecture of the collection, the whole province fitted inside width × height less `padding` each side.
 * Written out by hand rather than with d3-geo's projection and path writer: the entry carries d3-geo (for
 * centroids), and whatever of one module any chunk uses travels in the entry with it.
 */
export function prefectureOutlines(
  collection: PrefectureCollection,
  width: number,
  height: number,
  padding: number,
): PrefectureOutline[] {
  let [west, north, east, south] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of collection.features) {
    for (const ring of rings(feature)) {
      for (const point of ring) {
        const [x, y] = mercator(point);
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
    const [x, y] = mercator(point);
    return [scale * x + left, scale * y + top];
  };
  return collection.features.map((f) => ({
    code: f.properties.adcode,
    name: f.properties.name,
    d: rings(f)
      .map(
        (ring) =>
          `M${ring
            .map((point) => {
              const [x, y] = project(point);
              return `${tenth(x)},${tenth(y)}`;
            })
            .join('L')}Z`,
      )
      .join(''),
    labelAt: project(f.properties.cp),
  }));
}
