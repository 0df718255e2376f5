import type { Project } from '../../data';
import { PREFECTURES } from '../../data';
import { placeMapLabels } from './place-map-labels';
import type { LabelSide } from './place-map-labels';

/** What the map shows for one prefecture: its matching city- and county-level projects. */
export interface RegionSummary {
  readonly code: string;
  readonly name: string;
  readonly projects: readonly Project[];
  /** Lines to move the name up (−) or down (+) off a county pin. */
  readonly labelShift: number;
}

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

/** The provincial capital's city centre (郑州市区): where the 省级 marker stands. */
export const PROVINCE_MARKER_COORD: readonly [number, number] = [113.63, 34.75];

/** Groups matching projects by prefecture; province-level ones stay apart. */
export function buildMapModel(
  matching: readonly Project[],
  counties: CountyLookup,
  labelPoints: LabelPoints = new Map(),
): MapModel {
  const placed: Omit<CountyPin, 'labelSide'>[] = [];
  for (const project of matching) {
    const county = project.county ? counties.get(project.county) : undefined;
    if (project.level === 'county' && county)
      placed.push({ project, countyName: county.name, coord: county.coord });
  }
  const labelled = PREFECTURES.flatMap((p) => {
    const coord = labelPoints.get(p.code);
    return coord ? [{ code: p.code, coord, text: p.name }] : [];
  });
  const { pinSides, regionShifts } = placeMapLabels({
    pins: placed.map((pin) => ({ coord: pin.coord, text: pin.countyName })),
    regionLabels: labelled,
    // The 省级 pin's head and its label ("省级 11 项") stand above and to the right of the capital.
    obstacles: [{ coord: [PROVINCE_MARKER_COORD[0] + 0.5, PROVINCE_MARKER_COORD[1] + 0.22], w: 9.5, h: 3.4 }],
  });
  const shiftByCode = new Map(labelled.map((l, i) => [l.code, regionShifts[i] ?? 0]));

  return {
    regions: PREFECTURES.map((p) => ({
      code: p.code,
      name: p.name,
      projects: matching.filter((project) => project.level !== 'province' && project.prefecture === p.code),
      labelShift: shiftByCode.get(p.code) ?? 0,
    })),
    provinceProjects: matching.filter((project) => project.level === 'province'),
    pins: placed.map((pin, i) => ({ ...pin, labelSide: pinSides[i] ?? 'bottom' })),
  };
}
