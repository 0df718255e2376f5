import { geoBounds } from 'd3-geo';
import type { FeatureCollection } from 'geojson';

/** The [west, south, east, north] box of a collection, in degrees (what the map must fit in its chart). */
export function collectionExtent(collection: FeatureCollection): [number, number, number, number] {
  const [[west, south], [east, north]] = geoBounds(collection);
  return [west, south, east, north];
}
