import type { ECOption } from '../../lib/echarts';
import type { ChartTheme } from '../../lib/theme';
import { FONT_STACK } from '../../lib/theme';
import { PROVINCE_FOCUS } from '../../state/filters';
import { REGION_KEY } from '../../geo';
import { DIM_OPACITY, fillFor, labelColorOn } from '../../state/chart-colours';
import {
  BORDER_WIDTH,
  GEO_LAYOUT,
  mapLegend,
  mapTooltip,
  nameHalo,
  solidMarks,
  pinMarkerSeries,
  regionCountSeries,
} from './map-option-parts';
import { pinFontFor } from './map-label-scale';
import { PROVINCE_MARKER_COORD } from './map-model';
import { tooltipHtml } from './map-tooltip';
import type { MapModel } from './map-model';

export interface MapOptionInput {
  readonly model: MapModel;
  readonly mapName: string;
  readonly selectedRegion: string | null;
  /** What the presentation tour shows: a prefecture code or PROVINCE_FOCUS; drawn like a selection. */
  readonly focus?: string | null;
  readonly theme: ChartTheme;
  /** Base font size in px; presentation screens pass a larger one. */
  readonly fontSize?: number;
  /** The pins' names in px: a little smaller than the names, unless a projector needs them as large. */
  readonly pinFontSize?: number;
  /** The regions' outline in px (a chosen region's is wider in proportion); a projector draws it wider. */
  readonly borderWidth?: number;
  readonly animation?: boolean;
}

/** Series ids, so click handlers can tell what was clicked. */
export const MAP_SERIES_ID = 'regions';
export const PROVINCE_SERIES_ID = 'province';
export const PINS_SERIES_ID = 'pins';

/** The choropleth, the 省级 marker and the county pins, as one ECharts option. */
export function buildMapOption(input: MapOptionInput): ECOption {
  const { model, theme } = input;
  const fontSize = input.fontSize ?? 14;
  const provinceFocused = input.focus === PROVINCE_FOCUS;
  const selectedRegion = input.focus && !provinceFocused ? input.focus : input.selectedRegion;
  const maxCount = Math.max(0, ...model.regions.map((r) => r.projects.length));
  const border = input.borderWidth ?? BORDER_WIDTH;
  const wider = border / BORDER_WIDTH;

  return {
    animation: input.animation ?? true,
    // Nothing grows in: the first frame (and a drill's, which is a camera flight) shows the whole map at once.
    // Changes (a filter, a selection) still move: animationDurationUpdate keeps ECharts' default.
    animationDuration: 0,
    textStyle: { fontFamily: FONT_STACK },
    tooltip: mapTooltip(theme, fontSize),
    visualMap: mapLegend(maxCount, theme, fontSize),
    geo: {
      // Recolouring 18 detailed regions with transitions costs ~20 ms per filter change; colours switch
      // instantly instead, and only the markers animate.
      animation: false,
      map: input.mapName,
      roam: false,
      ...GEO_LAYOUT,
      nameProperty: REGION_KEY,
      selectedMode: 'single',
      label: { show: true, color: theme.text, fontSize, fontWeight: 500 },
      itemStyle: { borderColor: theme.border, borderWidth: border, areaColor: theme.areaEmpty },
      emphasis: {
        // `show` spelled out: the drilled map turns region labels off, and options merge.
        label: { show: true, color: theme.onSelected, fontWeight: 700 },
        itemStyle: { areaColor: theme.selected, borderColor: theme.text },
      },
      select: {
        label: { show: true, color: theme.text, fontWeight: 700 },
        itemStyle: { areaColor: theme.selected, borderColor: theme.text, borderWidth: 2 * wider },
      },
      // With a region chosen, the others step back so the choice reads from across the room.
      regions: model.regions.map((r) => {
        const selected = r.code === selectedRegion;
        const dimmed = selectedRegion !== null && !selected;
        const fill = fillFor(r.projects.length, theme);
        return {
          // Regions are keyed by adcode; the label shows the name.
          name: r.code,
          selected,
          itemStyle: selected
            ? { borderColor: theme.text, borderWidth: 2.5 * wider }
            : dimmed
              ? { opacity: DIM_OPACITY }
              : {},
          emphasis: { label: { formatter: r.name } },
          select: { label: { formatter: r.name } },
          label: {
            show: r.labelShown,
            formatter: r.labelText,
            offset: [0, Math.round(r.labelShift * fontSize * 1.2)],
            color: dimmed ? theme.textMuted : labelColorOn(fill, theme),
            ...nameHalo(fill, border),
            ...(selected ? { fontWeight: 700 } : {}),
          },
        };
      }),
    },
    series: [
      regionCountSeries(
        MAP_SERIES_ID,
        model.regions,
        (projects) => `市级、县级 ${projects.length} 项 · 点击查看各县区`,
      ),
      pinMarkerSeries(
        {
          id: PROVINCE_SERIES_ID,
          colour: theme.province,
          text: `省级 ${model.provinceProjects.length} 项`,
          // The tour's 省级 stop lights the marker's plate up instead of a region.
          lit: provinceFocused,
          tooltip: () =>
            tooltipHtml(
              '省级（省人大各委员会、办公厅）',
              `${model.provinceProjects.length} 项`,
              model.provinceProjects,
            ),
          data: [{ name: '省级', value: [...PROVINCE_MARKER_COORD, model.provinceProjects.length] }],
        },
        theme,
        fontSize,
        border,
      ),
      {
        id: PINS_SERIES_ID,
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'circle',
        symbolSize: Math.round(fontSize * 0.8),
        z: 4,
        itemStyle: {
          color: theme.pin,
          borderColor: theme.background,
          borderWidth: 1.5,
          ...solidMarks(border),
        },
        label: {
          show: true,
          position: 'bottom',
          distance: 2,
          formatter: '{b}',
          color: theme.pin,
          fontSize: input.pinFontSize ?? pinFontFor(fontSize),
          fontWeight: 600,
          // A plate behind the name keeps it legible on any fill colour.
          backgroundColor: theme.background,
          borderRadius: 3,
          padding: [1, 4],
        },
        labelLayout: { hideOverlap: true },
        tooltip: {
          formatter: (params) => {
            const index = (params as { dataIndex?: number }).dataIndex ?? -1;
            const pin = model.pins[index];
            return pin ? tooltipHtml(pin.countyName, '县级 · 点击查看详情', [pin.project]) : '';
          },
        },
        data: model.pins.map((pin) => ({
          name: pin.countyName,
          value: [...pin.coord, pin.project.id],
          label: { position: pin.labelSide, show: pin.labelShown },
        })),
      },
    ],
  };
}
