import { PREFECTURES } from '../data';
import type { Project } from '../data';
import { PROVINCE_FOCUS } from './filters';

/** The matching projects of one region: the province-level group, or one prefecture's city and county projects. */
export interface RegionGroup {
  /** A prefecture code, or PROVINCE_FOCUS for the province-level group. */
  readonly focus: string;
  /** '省级' or the prefecture's name. */
  readonly name: string;
  /** The group's projects, in № order. */
  readonly projects: readonly Project[];
}

/**
 * The order in which the tour and the briefing deck walk the projects: the province-level group first (if any
 * match), then each prefecture with matching city- or county-level projects, in administrative-code order.
 */
export function groupByRegion(matching: readonly Project[]): RegionGroup[] {
  const byId = [...matching].sort((a, b) => a.id - b.id);
  const groups: RegionGroup[] = [];
  const province = byId.filter((p) => p.level === 'province');
  if (province.length > 0) groups.push({ focus: PROVINCE_FOCUS, name: '省级', projects: province });
  for (const prefecture of PREFECTURES) {
    const own = byId.filter((p) => p.level !== 'province' && p.prefecture === prefecture.code);
    if (own.length > 0) groups.push({ focus: prefecture.code, name: prefecture.name, projects: own });
  }
  return groups;
}
