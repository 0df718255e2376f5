import { geoArea, geoCentroid } from 'd3-geo';
import { useEffect, useState } from 'react';
import { ensureCountyMap, ensureHenanMap, loadCounties, loadHenan } from '../../geo';
import type { Bounds } from './drill-camera';
import { geometryBounds } from './drill-camera';
import type { CountyShape } from './drill-model';
import type { LabelPoints } from './map-model';

/** What the province map needs from its geometry, once loaded and registered. */
export interface ProvinceGeometry {
  readonly labelPoints: LabelPoints;
  readonly bounds: Bounds;
  readonly prefectureBounds: ReadonlyMap<string, Bounds>;
}

/** Loads and registers the prefecture map; `retry` loads it again after a failure. */
export function useProvinceGeometry(): {
  geometry: ProvinceGeometry | null;
  failed: boolean;
  retry: () => void;
} {
  const [geometry, setGeometry] = useState<ProvinceGeometry | null>(null);
  const [failed, setFailed] = useState(false);
  // Bumped by 重试: loads the geometry again (ensureHenanMap forgets a failed download).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    Promise.all([ensureHenanMap(), loadHenan()]).then(
      ([, henan]) => {
        if (cancelled) return;
        setGeometry({
          labelPoints: new Map(henan.features.map((f) => [f.properties.adcode, f.properties.cp])),
          bounds: geometryBounds({
            type: 'GeometryCollection',
            coordinates: henan.features.map((f) => f.geometry.coordinates),
          }),
          prefectureBounds: new Map(
            henan.features.map((f) => [f.properties.adcode, geometryBounds(f.geometry)]),
          ),
        });
      },
      (error: unknown) => {
        if (cancelled) return;
        // The raw error (an English message and a chunk URL) is for the console, not the screen.
        console.warn('Map geometry failed to load', error);
        setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { geometry, failed, retry };
}

/** One prefecture's counties, registered with ECharts and described for the drill model. */
export interface LoadedCounties {
  readonly prefecture: string;
  readonly shapes: readonly CountyShape[];
  /** The county map's bounds: what ECharts fits into the frame. */
  readonly bounds: Bounds;
}

const shapesCache = new Map<string, Promise<LoadedCounties>>();

/** Loads (once) and registers a prefecture's county map; also the hover prefetch. */
export function loadCountyShapes(prefecture: string): Promise<LoadedCounties> {
  let pending = shapesCache.get(prefecture);
  if (!pending) {
    pending = Promise.all([ensureCountyMap(prefecture), loadCounties(prefecture)]).then(([, collection]) => ({
      prefecture,
      bounds: geometryBounds({
        type: 'GeometryCollection',
        coordinates: collection.features.map((f) => f.geometry.coordinates),
      }),
      shapes: collection.features.map((f) => {
        const [lon, lat] = geoCentroid(f);
        return {
          code: f.properties.adcode,
          name: f.properties.name,
          coord: [lon, lat] as const,
          area: geoArea(f),
        };
      }),
    }));
    pending.catch(() => shapesCache.delete(prefecture));
    shapesCache.set(prefecture, pending);
  }
  return pending;
}

/**
 * The counties of the prefecture to drill into. Until they are loaded it keeps the last loaded prefecture's,
 * so the map never falls back to the province between two drilled views (the tour goes prefecture to prefecture).
 */
export function useCountyShapes(prefecture: string | null): {
  counties: LoadedCounties | null;
  failed: boolean;
  retry: () => void;
} {
  const [counties, setCounties] = useState<LoadedCounties | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (prefecture === null) return;
    let cancelled = false;
    loadCountyShapes(prefecture).then(
      (loaded) => {
        if (cancelled) return;
        setCounties(loaded);
        setFailed(false);
      },
      (error: unknown) => {
        if (cancelled) return;
        console.warn('County geometry failed to load', error);
        setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [prefecture, attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { counties, failed, retry };
}
