// The prefectures as SVG paths fitted into a box, for pictures drawn without ECharts (the deck's locator maps).
// Mercator, as ECharts draws the dashboard's map, so the two look alike.
import { geoMercator, geoPath } from 'd3-geo';
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

/** Every prefecture of the collection, the whole province fitted inside width × height less `padding` each side. */
export function prefectureOutlines(
  collection: PrefectureCollection,
  width: number,
  height: number,
  padding: number,
): PrefectureOutline[] {
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  return collection.features.map((f) => {
    const [x, y] = projection(f.properties.cp) ?? [0, 0];
    return { code: f.properties.adcode, name: f.properties.name, d: path(f) ?? '', labelAt: [x, y] };
  });
}
