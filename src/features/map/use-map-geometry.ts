// The map's hooks over the geometry cache of src/geo: the value for the place chosen, its failure and a retry.
import {
  HENAN_MAP,
  loadCountyShapes,
  loadedCountyShapes,
  loadedProvinceGeometry,
  loadProvinceGeometry,
} from '../../geo';
import { useRetryableLoad } from './use-retryable-load';

/** The prefecture map, loaded and registered; `retry` loads it again after a failure. */
export function useProvinceGeometry() {
  // Already there when main.tsx's head start paid off: the first render draws the map, not a loading message.
  const { value, failed, retry } = useRetryableLoad(
    HENAN_MAP,
    loadProvinceGeometry,
    'Map geometry',
    loadedProvinceGeometry,
  );
  return { geometry: value, failed, retry };
}

/**
 * The counties of the prefecture to drill into: null until they are loaded (never another prefecture's, so the
 * map cannot show one place under another's name). Counties loaded before, or fetched ahead on hover, are there
 * at once.
 */
export function useCountyShapes(prefecture: string | null) {
  const { value, failed, retry } = useRetryableLoad(
    prefecture,
    loadCountyShapes,
    'County geometry',
    loadedCountyShapes,
  );
  return { counties: value, failed, retry };
}
