// The map as a chart descriptor: its option is a pure function of the scene's map part, the theme and the box it
// is drawn in. The screen, paper, the images and the deck all draw it from here, so none of them can show another
// place, year or filter than the scene.
import { countyMapName, COUNTY_POINTS, HENAN_MAP, provinceGeometry } from '../../geo';
import type { ChartMap, PrefectureCollection } from '../../geo';
import type { ECOption } from '../../lib/echarts';
import type { ChartTheme } from '../../lib/theme';
import type { MapScene } from '../../state/scene';
import { buildDrillOption } from './build-drill-option';
import { buildMapOption } from './build-map-option';
import { countyLabelSpots } from './county-label-spots';
import { buildDrillModel } from './drill-model';
import type { DrillModel } from './drill-model';
import { projectorTheme } from '../../state/chart-colours';
import { labelScaleFor, MIN_MAP_FONT, pinFontFor } from './map-label-scale';
import { BORDER_WIDTH } from './map-option-parts';
import { buildMapModel } from './map-model';
import type { LabelScale, MapModel } from './map-model';

/** The box a map is drawn in, in CSS px, and the label size wanted there. */
export interface MapFrame {
  readonly width: number;
  readonly height: number;
  /** The names' preferred size in px; a small province map draws them smaller (not on a projector). */
  readonly fontSize: number;
  /**
   * A room reads it from a projector (presentation): no text smaller than `fontSize` (a name with no room gives
   * way instead), and the projector's fills and outlines (projectorTheme).
   */
  readonly projected?: boolean;
}

/** What the map draws, as models: the province's, or the drilled prefecture's. */
export type SceneMapModel =
  | {
      readonly kind: 'province';
      readonly model: MapModel;
      readonly labelFont: number;
      /** The pins' names, in px. */
      readonly pinFont: number;
    }
  | { readonly kind: 'prefecture'; readonly model: DrillModel };

/** The label sizes and scale of the province map in `frame` (no scale before the box is measured). */
function provinceLabels(frame: MapFrame | null): {
  labelFont: number;
  pinFont: number;
  scale: LabelScale | undefined;
} {
  const preferred = frame?.fontSize ?? 14;
  const projected = frame?.projected ?? false;
  const { labelFont, scale } = labelScaleFor(
    frame,
    provinceGeometry().bounds,
    preferred,
    projected ? preferred : MIN_MAP_FONT,
  );
  if (!projected) {
    // Pins' names grow to MIN_MAP_FONT on a small map: their placement makes room for that.
    const pinFont = pinFontFor(labelFont);
    return { labelFont, pinFont, scale: scale && { ...scale, pinFont: pinFont / labelFont } };
  }
  // Pins' names as large as the names: their placement makes room for that.
  return { labelFont, pinFont: labelFont, scale: scale && { ...scale, pinFont: 1 } };
}

/** The models the map draws for the scene, laid out for `frame`. */
export function sceneMapModel(map: MapScene, frame: MapFrame | null): SceneMapModel {
  if (map.counties) {
    return {
      kind: 'prefecture',
      model: buildDrillModel(map.projects, map.counties.prefecture, map.counties.shapes),
    };
  }
  const { labelFont, pinFont, scale } = provinceLabels(frame);
  return {
    kind: 'province',
    model: buildMapModel(map.projects, COUNTY_POINTS, provinceGeometry().labelPoints, scale),
    labelFont,
    pinFont,
  };
}

/** The county the drilled map highlights: the chosen one, or in presentation the stop's county with a project. */
export function highlightedCounty(map: MapScene, model: DrillModel): string | null {
  if (map.focus === null) return map.selectedCounty;
  return model.counties.find((c) => c.projects.length > 0)?.code ?? null;
}

/** The map's option for the scene, in `theme`, laid out for `frame`. */
export function sceneMapOption(
  map: MapScene,
  theme: ChartTheme,
  frame: MapFrame | null,
  {
    animation = true,
    drawn = sceneMapModel(map, frame),
  }: { animation?: boolean; drawn?: SceneMapModel } = {},
): ECOption {
  const fontSize = frame?.fontSize ?? 14;
  const projected = frame?.projected ?? false;
  // A projector's outline: 2 px at 1080p, 4 px at 4K, as its text grows.
  const borderWidth = projected ? Math.max(BORDER_WIDTH, fontSize / 12) : BORDER_WIDTH;
  const colours = projected ? projectorTheme(theme) : theme;
  if (drawn.kind === 'prefecture') {
    const { model } = drawn;
    return buildDrillOption({
      model,
      mapName: countyMapName(model.code),
      selectedCounty: highlightedCounty(map, model),
      theme: colours,
      fontSize,
      borderWidth,
      labelSpots:
        frame && map.counties ? countyLabelSpots(model, map.counties.bounds, frame, fontSize) : undefined,
      animation,
    });
  }
  return buildMapOption({
    model: drawn.model,
    mapName: HENAN_MAP,
    selectedRegion: map.selectedRegion,
    focus: map.focus,
    fontSize: drawn.labelFont,
    pinFontSize: drawn.pinFont,
    borderWidth,
    theme: colours,
    animation,
  });
}

/** The shapes the option draws, for the chart to register first: the province's, and the drilled counties. */
export function sceneMapShapes(map: MapScene, henan: PrefectureCollection): readonly ChartMap[] {
  return [
    { name: HENAN_MAP, geoJson: henan },
    ...(map.counties
      ? [{ name: countyMapName(map.counties.prefecture), geoJson: map.counties.geoJson }]
      : []),
  ];
}
