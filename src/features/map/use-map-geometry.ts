// The map's hook over the county cache of src/geo: the value for the place chosen, its failure and a retry.
import { loadCountyShapes, loadedCountyShapes } from '../../geo';
import { useRetryableLoad } from './use-retryable-load';

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
