import type { Project } from '../../data';
import { prefectureByCode } from '../../data';
import type { CountyShape } from '../../geo';

/** What the drilled map shows for one county: its matching county-level projects. */
export interface CountySummary extends CountyShape {
  readonly projects: readonly Project[];
}

/** Everything the drilled map of one prefecture draws, derived from the matching projects. */
export interface DrillModel {
  readonly code: string;
  readonly name: string;
  readonly counties: readonly CountySummary[];
  /** The prefecture's own (city-level) projects, drawn as its marker at the seat. */
  readonly cityProjects: readonly Project[];
  /** Where the prefecture's marker stands: the first district's label point (the seat of government). */
  readonly seat: readonly [number, number];
}

/**
 * Groups the matching projects of one prefecture by county. Counties keep the geometry's order (by adcode, so
 * the urban districts, where the prefecture sits, come first); names and places come from the geometry.
 */
export function buildDrillModel(
  matching: readonly Project[],
  prefectureCode: string,
  shapes: readonly CountyShape[],
): DrillModel {
  const own = matching.filter((p) => p.prefecture === prefectureCode && p.level !== 'province');
  const counties = shapes.map((shape) => ({
    ...shape,
    projects: own.filter((p) => p.level === 'county' && p.county === shape.code),
  }));
  return {
    code: prefectureCode,
    name: prefectureByCode(prefectureCode)?.name ?? prefectureCode,
    counties,
    cityProjects: own.filter((p) => p.level === 'city'),
    seat: shapes[0]?.coord ?? [0, 0],
  };
}

/** One row of the map's table: a region and its counts by level. */
export interface MapTableRow {
  /** What choosing the row does: the province-level group, a prefecture, a county, or the prefecture itself. */
  readonly kind: 'province' | 'prefecture' | 'county' | 'city';
  readonly code: string;
  readonly name: string;
  readonly city: number;
  readonly county: number;
  readonly total: number;
  /** The projects the row counts (a county row with exactly one opens it). */
  readonly projects: readonly Project[];
}

const count = (projects: readonly Project[], level: Project['level']) =>
  projects.filter((p) => p.level === level).length;

/** The province table: 省级, then each prefecture with its 市级 and 县级 counts. */
export function provinceTableRows(
  provinceProjects: readonly Project[],
  regions: readonly { code: string; name: string; projects: readonly Project[] }[],
): MapTableRow[] {
  return [
    {
      kind: 'province',
      code: 'province',
      name: '省级',
      city: 0,
      county: 0,
      total: provinceProjects.length,
      projects: provinceProjects,
    },
    ...regions.map((r) => ({
      kind: 'prefecture' as const,
      code: r.code,
      name: r.name,
      city: count(r.projects, 'city'),
      county: count(r.projects, 'county'),
      total: r.projects.length,
      projects: r.projects,
    })),
  ];
}

/** The drilled table: the prefecture's own (市级) row, then each county with its 县级 count. */
export function drillTableRows(model: DrillModel): MapTableRow[] {
  return [
    {
      kind: 'city',
      code: model.code,
      name: `${model.name}（市本级）`,
      city: model.cityProjects.length,
      county: 0,
      total: model.cityProjects.length,
      projects: model.cityProjects,
    },
    ...model.counties.map((c) => ({
      kind: 'county' as const,
      code: c.code,
      name: c.name,
      city: 0,
      county: c.projects.length,
      total: c.projects.length,
      projects: c.projects,
    })),
  ];
}
