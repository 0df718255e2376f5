import { REGION_KEY } from '../../geo';
import type { ECOption } from '../../lib/echarts';
import type { ChartTheme } from '../../lib/theme';
import { FONT_STACK } from '../../lib/theme';
import type { DrillModel } from './drill-model';
import { fillFor, labelColorOn } from '../../state/chart-colours';
import {
  BORDER_WIDTH,
  GEO_LAYOUT,
  MARKER_PIN,
  mapLegend,
  mapTooltip,
  nameHalo,
  solidMarks,
  pinMarkerSeries,
  regionCountSeries,
} from './map-option-parts';
import { tooltipHtml } from './map-tooltip';
import { estimateLabelWidth } from './label-width';
import type { LabelSpot, Obstacle } from './place-county-labels';

/** Series ids of the drilled map, so click handlers can tell what was clicked. */
export const COUNTY_SERIES_ID = 'counties';
export const COUNTY_NAMES_SERIES_ID = 'county-names';
export const CITY_SERIES_ID = 'city';

export interface DrillOptionInput {
  readonly model: DrillModel;
  /** The registered county map of the prefecture (src/geo countyMapName). */
  readonly mapName: string;
  /** The chosen county (filter), or the county the tour points at. */
  readonly selectedCounty: string | null;
  readonly theme: ChartTheme;
  readonly fontSize?: number;
  /** The counties' outline in px (the chosen one's is wider in proportion); a projector draws it wider. */
  readonly borderWidth?: number;
  readonly animation?: boolean;
  /** Where each county's name goes (placeCountyLabels at the drawn size), aligned with model.counties. */
  readonly labelSpots?: readonly LabelSpot[];
}

const pinSize = (fontSize: number) => Math.round(fontSize * 0.8);
const PIN_LABEL_DISTANCE = 3;

/** Where a county's name sits before placement moves it, relative to its point: on it, or under its pin. */
export function countyLabelDrop(pinned: boolean, fontSize: number): number {
  return pinned ? pinSize(fontSize) / 2 + PIN_LABEL_DISTANCE + fontSize * 0.65 : 0;
}

/** Names priority: counties with projects first, then by size (larger counties keep their names). */
export function countyLabelPriority(projects: number, area: number, largest: number): number {
  return (projects > 0 ? 2 : 0) + area / largest;
}

/**
 * The prefecture's marker and its label as boxes the county names keep clear of (chart pixels), where ECharts
 * draws them (measured): the pin's shape is 0.6 × 0.9 of its symbol, its tip 0.45 of the symbol above the seat
 * (the symbolOffset), and the plate is centred on the shape, right of it.
 */
export function cityMarkerBoxes(seat: { x: number; y: number }, text: string, fontSize: number): Obstacle[] {
  const pin = fontSize * MARKER_PIN;
  const shape = { width: pin * 0.62, height: pin * 0.9 };
  const tip = seat.y - pin * 0.45;
  const middle = tip - shape.height / 2;
  const width = estimateLabelWidth(text, fontSize) + 12;
  return [
    { x: seat.x - shape.width / 2, y: tip - shape.height, ...shape },
    { x: seat.x + shape.width / 2, y: middle - fontSize * 0.8, width: width + 4, height: fontSize * 1.6 },
  ];
}

/** The text of the prefecture's marker. */
export const cityMarkerText = (model: DrillModel) => `${model.name} 市级 ${model.cityProjects.length} 项`;

/** One prefecture's counties: outlines and names, counties with county-level projects filled and pinned, the
 * prefecture's own projects as its marker. */
export function buildDrillOption(input: DrillOptionInput): ECOption {
  const { model, theme, selectedCounty } = input;
  const fontSize = input.fontSize ?? 14;
  const byCode = new Map(model.counties.map((c) => [c.code, c]));
  const single = model.counties.length === 1;
  const border = input.borderWidth ?? BORDER_WIDTH;

  return {
    animation: input.animation ?? true,
    // Nothing grows in: the first frame (and a drill's, which is a camera flight) shows the whole map at once.
    // Changes (a filter, a selection) still move: animationDurationUpdate keeps ECharts' default.
    animationDuration: 0,
    textStyle: { fontFamily: FONT_STACK },
    tooltip: mapTooltip(theme, fontSize),
    visualMap: mapLegend(Math.max(0, ...model.counties.map((c) => c.projects.length)), theme, fontSize),
    geo: {
      animation: false,
      map: input.mapName,
      nameProperty: REGION_KEY,
      roam: false,
      ...GEO_LAYOUT,
      selectedMode: 'single',
      // Names are drawn by the names series, which keeps them apart; region labels would overlap.
      label: { show: false },
      itemStyle: { borderColor: theme.border, borderWidth: border, areaColor: theme.areaEmpty },
      emphasis: {
        label: { show: false },
        itemStyle: { areaColor: theme.selected, borderColor: theme.text },
      },
      select: {
        label: { show: false },
        itemStyle: {
          areaColor: theme.selected,
          borderColor: theme.text,
          borderWidth: (2.5 * border) / BORDER_WIDTH,
        },
      },
      regions: model.counties.map((c) => ({
        name: c.code,
        selected: c.code === selectedCounty,
      })),
    },
    series: [
      regionCountSeries(COUNTY_SERIES_ID, model.counties, (projects) =>
        projects.length === 1
          ? '县级 1 项 · 点击查看详情'
          : `县级 ${projects.length} 项${projects.length > 1 ? ' · 点击筛选' : ''}`,
      ),
      {
        id: COUNTY_NAMES_SERIES_ID,
        type: 'scatter',
        coordinateSystem: 'geo',
        z: 4,
        symbol: 'circle',
        label: {
          show: true,
          color: theme.text,
          fontSize,
          fontWeight: 500,
          formatter: (params) => byCode.get(String((params as { name?: unknown }).name ?? ''))?.name ?? '',
        },
        tooltip: { show: false },
        data: model.counties.map((c, i) => {
          const spot = input.labelSpots?.[i] ?? { dx: 0, dy: 0, shown: true };
          const pinned = c.projects.length > 0;
          const chosen = c.code === selectedCounty;
          const fill = fillFor(c.projects.length, theme);
          return {
            name: c.code,
            value: [...c.coord, c.projects.length],
            symbolSize: pinned ? pinSize(fontSize) : 1,
            itemStyle: pinned
              ? { color: theme.pin, borderColor: theme.background, borderWidth: 1.5, ...solidMarks(border) }
              : { color: 'transparent', borderWidth: 0 },
            label: {
              offset: [Math.round(spot.dx), Math.round(spot.dy)],
              ...(spot.shown && !single ? {} : { show: false }),
              ...(pinned
                ? {
                    position: 'bottom',
                    distance: 3,
                    color: theme.pin,
                    fontWeight: 700,
                    // A plate behind the name keeps it legible on any fill colour.
                    backgroundColor: theme.background,
                    borderRadius: 3,
                    padding: [1, 4],
                    ...(chosen ? { borderColor: theme.text, borderWidth: 1.5 } : {}),
                  }
                : { position: 'inside', color: labelColorOn(fill, theme), ...nameHalo(fill, border) }),
            },
          };
        }),
      },
      pinMarkerSeries(
        {
          id: CITY_SERIES_ID,
          colour: theme.accent,
          text: cityMarkerText(model),
          tooltip: () =>
            tooltipHtml(
              `${model.name}（市本级）`,
              `市级 ${model.cityProjects.length} 项${model.cityProjects.length === 1 ? ' · 点击查看详情' : ''}`,
              model.cityProjects,
            ),
          data: model.cityProjects.length > 0 ? [{ name: model.code, value: [...model.seat] }] : [],
        },
        theme,
        fontSize,
        border,
      ),
    ],
  };
}
