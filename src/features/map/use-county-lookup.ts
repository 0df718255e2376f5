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
    Promise.all(codes.map((code) => loadCounties(code))).then((collections) => {
      if (cancelled) return;
      const next = new Map<string, { name: string; coord: readonly [number, number] }>();
      for (const collection of collections) {
        for (const feature of collection.features) {
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
