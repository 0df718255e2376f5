import { PREFECTURE_CODES } from '../data';
import { PROVINCE_FOCUS } from './filters';

/**
 * The prefecture the map is drilled into, or null for the province. While the presentation tour runs, its stop
 * decides (a prefecture stop drills in, the 省级 stop shows the province); otherwise the region filter does.
 */
export function drilledPrefecture(region: string | null, tourFocus: string | null): string | null {
  if (tourFocus === PROVINCE_FOCUS) return null;
  if (tourFocus !== null && PREFECTURE_CODES.has(tourFocus)) return tourFocus;
  return region;
}
