// The public face of src/data: import from here, not from the files behind it.
export {
  CATEGORY_KEYS,
  LEVEL_KEYS,
  parseDataset,
  type Category,
  type Dataset,
  type Highlight,
  type Level,
  type Project,
} from './schema';
export { CATEGORY_LABELS, dashboardTitle, LEVEL_LABELS } from './labels';
export {
  PREFECTURES,
  PREFECTURE_CODES,
  PROVINCIAL_CAPITAL_CODE,
  prefectureByCode,
  type Prefecture,
} from './regions';
export { createListRegistry, lists } from './lists';
export type { ListLoader, ListRegistry, ProjectList } from './lists';
