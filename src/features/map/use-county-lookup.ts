import { useEffect, useState } from 'react';
import { featureCentroid, loadCounties } from '../../geo';
import type { CountyLookup } from './map-model';

const EMPTY: CountyLookup = new Map();

/** Loads the counties of the given prefectures (lazily, once each) and returns their names and centroids. */
export function useCountyLookup(prefectureCodes: readonly string[]): CountyLookup {
  const [lookup, setLookup] = useState<CountyLookup>(EMPTY);
  const key = [...new Set(prefectureCodes)].sort().join(',');

  useEffect(() => {
    let cancelled = false;
    const codes = key ? key.split(',') : [];
    // Each prefecture stands alone: one failed download costs only that prefecture's pins.
    void Promise.allSettled(codes.map((code) => loadCounties(code))).then((results) => {
      if (cancelled) return;
      const next = new Map<string, { name: string; coord: readonly [number, number] }>();
      for (const [i, result] of results.entries()) {
        if (result.status === 'rejected') {
          console.warn(`County map ${codes[i]} failed to load`, result.reason);
          continue;
        }
        for (const feature of result.value.features) {
          const props = feature.properties as { adcode: string; name: string };
          next.set(props.adcode, { name: props.name, coord: featureCentroid(feature) });
        }
      }
      setLookup(next);
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  return lookup;
}
