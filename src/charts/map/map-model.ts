import type { Project } from '../../data';
import { PREFECTURES } from '../../data';
import type { LabelPoints } from '../../geo';
import { SHORT_NAMES_BELOW } from './map-label-scale';
import { placeMapLabels } from './place-map-labels';
import type { LabelSide } from './place-map-labels';

/** What the map shows for one prefecture: its matching city- and county-level projects. */
export interface RegionSummary {
  readonly code: string;
  readonly name: string;
  readonly projects: readonly Project[];
  /** Lines to move the name up (−) or down (+) off a county pin. */
  readonly labelShift: number;
  /** The name as drawn: 郑州 rather than 郑州市 on small maps. */
  readonly labelText: string;
  /** False where the name gave way to a more important one (small maps). */
  readonly labelShown: boolean;
}

/** A county-level project drawn as a pin at its county's centroid. */
export interface CountyPin {
  readonly project: Project;
  readonly countyName: string;
  readonly coord: readonly [number, number];
  /** Away from the prefecture's own label, so the two never overlap. */
  readonly labelSide: LabelSide;
  /** False where no side was free: the pin stays, its tooltip names it. */
  readonly labelShown: boolean;
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

/** The provincial capital's city centre (郑州市区): where the 省级 marker stands. */
export const PROVINCE_MARKER_COORD: readonly [number, number] = [113.63, 34.75];

/** How big the map is drawn, for placing its labels (see map-label-scale.ts). */
export interface LabelScale {
  /** Pixels per degree of latitude, per pixel of font size. */
  readonly pxPerDegreePerFont: number;
  /** The chart's visible area [west, south, east, north] in degrees. */
  readonly bounds?: readonly [number, number, number, number];
  /** Pin names' size in font sizes (PIN_FONT unless drawn as large as the names). */
  readonly pinFont?: number;
}

/** A prefecture's name as drawn on the map: without 市 when space is short (济源市 → 济源). */
export function regionLabelText(name: string, scale: LabelScale | undefined): string {
  const short = scale !== undefined && scale.pxPerDegreePerFont < SHORT_NAMES_BELOW;
  return short && name.length > 2 ? name.replace(/市$/, '') : name;
}

/** Groups matching projects by prefecture; province-level ones stay apart. */
export function buildMapModel(
  matching: readonly Project[],
  counties: CountyLookup,
  labelPoints: LabelPoints = new Map(),
  scale?: LabelScale,
): MapModel {
  const inRegion = (code: string) =>
    matching.filter((project) => project.level !== 'province' && project.prefecture === code);
  const placed: Omit<CountyPin, 'labelSide' | 'labelShown'>[] = [];
  for (const project of matching) {
    const county = project.county ? counties.get(project.county) : undefined;
    if (project.level === 'county' && county)
      placed.push({ project, countyName: county.name, coord: county.coord });
  }
  const labelled = PREFECTURES.flatMap((p) => {
    const coord = labelPoints.get(p.code);
    // Where names must give way, a region with projects keeps its name before one without.
    return coord
      ? [{ code: p.code, coord, text: regionLabelText(p.name, scale), priority: inRegion(p.code).length }]
      : [];
  });
  const { pinSides, regionShifts, pinLabelShown, regionLabelShown } = placeMapLabels({
    pins: placed.map((pin) => ({ coord: pin.coord, text: pin.countyName })),
    regionLabels: labelled,
    // The 省级 pin stands above the capital (measured on the drawn map, in font sizes): its round head, its
    // point, and its plate ("省级 11 项") to the right; see the province series in buildMapOption.
    obstacles: [
      { coord: PROVINCE_MARKER_COORD, offset: [0, -2.45], w: 1.6, h: 1.7 },
      { coord: PROVINCE_MARKER_COORD, offset: [0, -1.5], w: 0.6, h: 0.6 },
      { coord: PROVINCE_MARKER_COORD, offset: [3.8, -2.2], w: 5.9, h: 1.8 },
    ],
    ...(scale
      ? { pxPerDegreePerFont: scale.pxPerDegreePerFont, bounds: scale.bounds, pinFont: scale.pinFont }
      : {}),
  });
  const shiftByCode = new Map(labelled.map((l, i) => [l.code, regionShifts[i] ?? 0]));
  const shownByCode = new Map(labelled.map((l, i) => [l.code, regionLabelShown[i] ?? true]));

  return {
    regions: PREFECTURES.map((p) => ({
      code: p.code,
      name: p.name,
      projects: inRegion(p.code),
      labelShift: shiftByCode.get(p.code) ?? 0,
      labelText: regionLabelText(p.name, scale),
      labelShown: shownByCode.get(p.code) ?? true,
    })),
    provinceProjects: matching.filter((project) => project.level === 'province'),
    pins: placed.map((pin, i) => ({
      ...pin,
      labelSide: pinSides[i] ?? 'bottom',
      labelShown: pinLabelShown[i] ?? true,
    })),
  };
}
