// The public face of src/geo, the only owner of geometry: import from here.
export {
  countyName,
  loadCounties,
  loadHenan,
  prefectureOfCounty,
  type CountyCollection,
  type CountyProperties,
  type PrefectureCollection,
  type PrefectureProperties,
} from './load';
export { countyMapName, ensureCountyMap, ensureHenanMap, HENAN_MAP, REGION_KEY } from './register';
export { countyCentroid, featureCentroid } from './centroid';
export { loadedCountyName } from './county-names';
export { useCountyName } from './use-county-name';
