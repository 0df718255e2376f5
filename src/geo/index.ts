// The public face of src/geo, the only owner of geometry: import from here.
export {
  COUNTY_MAP_PREFECTURES,
  loadCounties,
  loadHenan,
  prefectureOfCounty,
  type CountyCollection,
  type CountyProperties,
  type PrefectureCollection,
  type PrefectureProperties,
} from './load';
export { countyMapName, HENAN_MAP, REGION_KEY, type ChartMap } from './register';
export { COUNTY_POINTS, countyName, type CountyPoint } from './county-points';
export { geometryBounds, unionBounds, type Bounds } from './bounds';
// outline-paths.ts (the deck's locator maps) is imported directly, never through this barrel: the entry imports
// the barrel, and the deck's locator code would come with it.
export type { PrefectureOutline } from './outline-paths';
export {
  countyShapes,
  provinceGeometry,
  type CountyShape,
  type LabelPoints,
  type LoadedCounties,
  type ProvinceGeometry,
} from './geometry-cache';
