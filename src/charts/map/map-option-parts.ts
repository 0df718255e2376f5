import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { Project } from '../../data';
import { REGION_KEY } from '../../geo';
import type { ECOption } from '../../lib/echarts';
import type { ChartTheme } from '../../lib/theme';
import { MAP_LAYOUT } from './map-label-scale';
import { tooltipHtml } from './map-tooltip';

/** The regions' outline in px, as the office draws it. */
export const BORDER_WIDTH = 1.2;

/**
 * Where the outline is wider than the office's (a projector), a name wears a halo of its region's fill: the
 * outline never runs through its strokes.
 */
export function nameHalo(fill: string, borderWidth: number) {
  return borderWidth > BORDER_WIDTH ? { textBorderColor: fill, textBorderWidth: borderWidth * 3 } : {};
}

/**
 * Where the outline is wide (a projector), pins and their plates are opaque (a scatter's default is 0.8): the
 * outline does not show through them.
 */
export function solidMarks(borderWidth: number) {
  return borderWidth > BORDER_WIDTH ? { opacity: 1 } : {};
}

/** The tooltip box shared by the province and the drilled map. */
export function mapTooltip(theme: ChartTheme, fontSize: number): ECOption['tooltip'] {
  return {
    trigger: 'item',
    confine: true,
    backgroundColor: theme.background,
    borderColor: theme.textMuted,
    textStyle: { color: theme.text, fontSize },
    extraCssText: 'max-width: 26em; white-space: normal; line-height: 1.5;',
  };
}

/** The colour legend (piecewise: 0, 1, 2, 3, 4 项及以上) shared by both maps; it colours series 0. */
export function mapLegend(maxCount: number, theme: ChartTheme, fontSize: number): ECOption['visualMap'] {
  return {
    type: 'piecewise',
    seriesIndex: 0,
    orient: 'vertical',
    // Sized from the font (20×14, gap 6 at 14 px) so the legend scales with presentation screens.
    left: Math.round(fontSize * 0.57),
    bottom: Math.round(fontSize * 0.57),
    itemWidth: Math.round(fontSize * 1.43),
    itemHeight: fontSize,
    itemGap: Math.round(fontSize * 0.43),
    textStyle: { color: theme.text, fontSize },
    text: undefined,
    pieces: mapLegendPieces(maxCount, theme),
  };
}

/** The legend's pieces (0, 1, 2, 3, 4 项及以上, up to the largest count there is), as the chart and the static map show them. */
export function mapLegendPieces(maxCount: number, theme: ChartTheme) {
  return [
    { value: 0, label: '0 项', color: theme.areaEmpty },
    ...Array.from({ length: Math.min(Math.max(2, maxCount), 4) }, (_, i) => ({
      // `gte`, not `min`: ECharts treats a lone `min` as an open bound, which would leave 4 uncoloured.
      ...(i + 1 < 4 ? { value: i + 1 } : { gte: 4 }),
      label: i + 1 < 4 ? `${i + 1} 项` : '4 项及以上',
      color: theme.ramp[Math.min(theme.ramp.length - 1, i + 1)]!,
    })),
  ];
}

/**
 * The geo component's layout for MAP_LAYOUT (map-label-scale.ts), which label placement and the drill's zoom
 * read: both maps sit in the same frame, so a drill can zoom from one into the other.
 */
export const GEO_LAYOUT = {
  aspectScale: MAP_LAYOUT.aspectScale,
  layoutCenter: [`${MAP_LAYOUT.centerX * 100}%`, `${MAP_LAYOUT.centerY * 100}%`],
  layoutSize: `${MAP_LAYOUT.size * 100}%`,
};

/** A region with its matching projects, as the count series needs it. */
interface CountedRegion {
  readonly code: string;
  readonly name: string;
  readonly projects: readonly Project[];
}

/** The series the legend colours: one count per region, keyed by adcode, with a tooltip listing the projects. */
export function regionCountSeries(
  id: string,
  regions: readonly CountedRegion[],
  note: (projects: readonly Project[]) => string,
): MapSeriesOption {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return {
    id,
    type: 'map',
    geoIndex: 0,
    // The series names its regions too: by adcode, like the geo, or it would add a nameless row per name.
    nameProperty: REGION_KEY,
    animation: false,
    data: regions.map((r) => ({ name: r.code, value: r.projects.length })),
    tooltip: {
      formatter: (params) => {
        const region = byCode.get(String((params as { name?: unknown }).name ?? ''));
        return region ? tooltipHtml(region.name, note(region.projects), region.projects) : '';
      },
    },
  };
}

/** What a pin marker (the 省级 marker, a prefecture's own marker) shows. */
export interface PinMarker {
  readonly id: string;
  readonly colour: string;
  readonly text: string;
  /** Lights the label's plate up in the marker's colour (the tour's 省级 stop). */
  readonly lit?: boolean;
  readonly tooltip: () => string;
  readonly data: ScatterSeriesOption['data'];
}

/** A large pin with a labelled plate beside it. */
export function pinMarkerSeries(
  marker: PinMarker,
  theme: ChartTheme,
  fontSize: number,
  borderWidth = BORDER_WIDTH,
): ScatterSeriesOption {
  return {
    id: marker.id,
    type: 'scatter',
    coordinateSystem: 'geo',
    symbol: 'pin',
    symbolSize: Math.round(fontSize * MARKER_PIN),
    // The pin's tip, not its centre, marks the place.
    symbolOffset: [0, '-45%'],
    z: 5,
    itemStyle: {
      color: marker.colour,
      borderColor: theme.background,
      borderWidth: 1,
      ...solidMarks(borderWidth),
    },
    label: {
      show: true,
      position: 'right',
      distance: 4,
      formatter: marker.text,
      color: marker.lit ? theme.onSelected : theme.text,
      fontSize,
      fontWeight: 700,
      backgroundColor: marker.lit ? marker.colour : theme.background,
      borderColor: marker.colour,
      borderWidth: 1,
      borderRadius: 4,
      padding: [3, 6],
    },
    tooltip: { formatter: marker.tooltip },
    data: marker.data,
  };
}

/** A marker pin's height in font sizes. */
export const MARKER_PIN = 2.6;
