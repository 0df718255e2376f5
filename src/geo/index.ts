// The public face of src/geo, the only owner of geometry: import from here.
export {
  loadCounties,
  loadHenan,
  prefectureOfCounty,
  type CountyCollection,
  type CountyProperties,
  type PrefectureCollection,
  type PrefectureProperties,
} from './load';
export { ensureHenanMap, HENAN_MAP } from './register';
export { countyCentroid, featureCentroid } from './centroid';
export { collectionExtent } from './extent';
