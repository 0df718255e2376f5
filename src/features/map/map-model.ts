import type { Project } from '../../data';
import { PREFECTURES } from '../../data';

/** What the map shows for one prefecture: its matching city- and county-level projects. */
export interface RegionSummary {
  readonly code: string;
  readonly name: string;
  readonly projects: readonly Project[];
}

/** Where a pin's label sits relative to the pin. */
export type LabelSide = 'top' | 'bottom' | 'left' | 'right';

/** A county-level project drawn as a pin at its county's centroid. */
export interface CountyPin {
  readonly project: Project;
  readonly countyName: string;
  readonly coord: readonly [number, number];
  /** Away from the prefecture's own label, so the two never overlap. */
  readonly labelSide: LabelSide;
}

/** Everything the map draws, derived from the matching projects. */
export interface MapModel {
  readonly regions: readonly RegionSummary[];
  /** Province-level projects: shown apart, never counted as Zhengzhou's. */
  readonly provinceProjects: readonly Project[];
  readonly pins: readonly CountyPin[];
}

/** Where each county is and what it is called, as loaded from the geometry. */
export type CountyLookup = ReadonlyMap<
  string,
  { readonly name: string; readonly coord: readonly [number, number] }
>;

/** Prefecture label points ([lon, lat]) by prefecture code. */
export type LabelPoints = ReadonlyMap<string, readonly [number, number]>;

/**
 * The side of a pin facing away from its prefecture's label point. Longitude is scaled by cos(latitude)
 * so "left/right" and "up/down" compare like on the screen.
 */
export function pinLabelSide(
  pin: readonly [number, number],
  label: readonly [number, number] | undefined,
): LabelSide {
  if (!label) return 'bottom';
  const dx = (pin[0] - label[0]) * Math.cos((label[1] * Math.PI) / 180);
  const dy = pin[1] - label[1];
  // Side labels need more room than the label's height: prefer them only when clearly sideways.
  if (Math.abs(dx) > Math.abs(dy) * 0.6) return dx < 0 ? 'left' : 'right';
  return dy > 0 ? 'top' : 'bottom';
}

/** Groups matching projects by prefecture; province-level ones stay apart. */
export function buildMapModel(
  matching: readonly Project[],
  counties: CountyLookup,
  labelPoints: LabelPoints = new Map(),
): MapModel {
  const regions = PREFECTURES.map((p) => ({
    code: p.code,
    name: p.name,
    projects: matching.filter((project) => project.level !== 'province' && project.prefecture === p.code),
  }));
  const pins: CountyPin[] = [];
  for (const project of matching) {
    const county = project.county ? counties.get(project.county) : undefined;
    if (project.level === 'county' && county) {
      const labelSide = pinLabelSide(county.coord, labelPoints.get(project.prefecture ?? ''));
      pins.push({ project, countyName: county.name, coord: county.coord, labelSide });
    }
  }
  return {
    regions,
    provinceProjects: matching.filter((project) => project.level === 'province'),
    pins,
  };
}
