// County names come from the geometry (data/geo/counties), never from parsing a unit's name. Names are
// remembered as each prefecture's counties load, so code that must stay synchronous (captions) can read them.
import type { CountyCollection } from './load';

const names = new Map<string, string>();

/** Remembers the names of a loaded prefecture's counties (load.ts calls this). */
export function rememberCountyNames(collection: CountyCollection): void {
  for (const feature of collection.features) names.set(feature.properties.adcode, feature.properties.name);
}

/** The name of a county whose prefecture has been loaded, or undefined. */
export function loadedCountyName(code: string): string | undefined {
  return names.get(code);
}
