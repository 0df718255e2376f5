// Centroids on the sphere (d3-geo), which is what ECharts' lon/lat coordinates mean.
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

/** The spherical centroid [lon, lat] of a feature. It may fall outside a strongly concave shape. */
export function featureCentroid(feature: Feature): [number, number] {
  const [lon, lat] = geoCentroid(feature);
  return [lon, lat];
}

/**
 * What the drill model needs of each county: its centroid and spherical area. d3-geo comes with this module only,
 * which the county loader imports when a drill needs it: the first screen (the province map) never uses it.
 */
export function describeCounties(
  features: readonly Feature<Geometry, { adcode: string; name: string }>[],
): { code: string; name: string; coord: [number, number]; area: number }[] {
  return features.map((f) => ({
    code: f.properties.adcode,
    name: f.properties.name,
    coord: featureCentroid(f),
    area: geoArea(f),
  }));
}
