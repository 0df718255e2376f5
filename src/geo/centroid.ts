// Centroids on the sphere (d3-geo), which is what ECharts' lon/lat coordinates mean.
import { geoCentroid } from 'd3-geo';
import type { Feature } from 'geojson';

/** The spherical centroid [lon, lat] of a feature. It may fall outside a strongly concave shape. */
export function featureCentroid(feature: Feature): [number, number] {
  const [lon, lat] = geoCentroid(feature);
  return [lon, lat];
}
