// Centroids on the sphere (d3-geo), which is what ECharts' lon/lat coordinates mean.
import { geoCentroid } from 'd3-geo';
import type { Feature } from 'geojson';
import { loadCounties, prefectureOfCounty } from './load';

/** The spherical centroid [lon, lat] of a feature. It may fall outside a strongly concave shape. */
export function featureCentroid(feature: Feature): [number, number] {
  const [lon, lat] = geoCentroid(feature);
  return [lon, lat];
}

/** The centroid of a county or district, loading its prefecture's counties; rejects for unknown codes. */
export async function countyCentroid(code: string): Promise<[number, number]> {
  const prefecture = prefectureOfCounty(code);
  if (!prefecture) throw new Error(`Unknown county ${code}`);
  const counties = await loadCounties(prefecture);
  const county = counties.features.find((feature) => feature.properties.adcode === code);
  if (!county) throw new Error(`Unknown county ${code}`);
  return featureCentroid(county);
}
