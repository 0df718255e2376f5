import type { ECOption } from '../../lib/echarts';
import type { ChartTheme } from '../../lib/theme';
import { FONT_STACK } from '../../lib/theme';
import { PROVINCE_FOCUS } from '../../state/filters';
import { fillFor, labelColorOn } from '../../state/chart-colours';
import { MAP_LAYOUT } from './map-label-scale';
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
  const maxCount = Math.max(2, ...model.regions.map((r) => r.projects.length));
  const regionsByName = new Map(model.regions.map((r) => [r.name, r]));

  return {
    animation: input.animation ?? true,
    textStyle: { fontFamily: FONT_STACK },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: theme.background,
      borderColor: theme.textMuted,
      textStyle: { color: theme.text, fontSize },
      extraCssText: 'max-width: 26em; white-space: normal; line-height: 1.5;',
    },
    visualMap: {
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
      pieces: [
        { value: 0, label: '0 项', color: theme.areaEmpty },
        ...Array.from({ length: Math.min(maxCount, 4) }, (_, i) => ({
          // `gte`, not `min`: ECharts treats a lone `min` as an open bound, which would leave 4 uncoloured.
          ...(i + 1 < 4 ? { value: i + 1 } : { gte: 4 }),
          label: i + 1 < 4 ? `${i + 1} 项` : '4 项及以上',
          color: theme.ramp[Math.min(theme.ramp.length - 1, i + 1)],
        })),
      ],
    },
    geo: {
      // Recolouring 18 detailed regions with transitions costs ~20 ms per filter change; colours switch
      // instantly instead, and only the markers animate.
      animation: false,
      map: input.mapName,
      roam: false,
      aspectScale: MAP_LAYOUT.aspectScale,
      // MAP_LAYOUT (map-label-scale.ts) mirrors these, so label placement knows where the map lands.
      layoutCenter: [`${MAP_LAYOUT.centerX * 100}%`, `${MAP_LAYOUT.centerY * 100}%`],
      layoutSize: `${MAP_LAYOUT.size * 100}%`,
      selectedMode: 'single',
      label: { show: true, color: theme.text, fontSize, fontWeight: 500 },
      itemStyle: { borderColor: theme.border, borderWidth: 1.2, areaColor: theme.areaEmpty },
      emphasis: {
        label: { color: theme.onSelected, fontWeight: 700 },
        itemStyle: { areaColor: theme.selected, borderColor: theme.text },
      },
      select: {
        label: { color: theme.text, fontWeight: 700 },
        itemStyle: { areaColor: theme.selected, borderColor: theme.text, borderWidth: 2 },
      },
      // With a region chosen, the others step back so the choice reads from across the room.
      regions: model.regions.map((r) => {
        const selected = r.code === selectedRegion;
        const dimmed = selectedRegion !== null && !selected;
        return {
          name: r.name,
          selected,
          itemStyle: selected
            ? { borderColor: theme.text, borderWidth: 2.5 }
            : dimmed
              ? { opacity: 0.35 }
              : {},
          label: {
            show: r.labelShown,
            formatter: r.labelText,
            offset: [0, Math.round(r.labelShift * fontSize * 1.2)],
            color: dimmed ? theme.textMuted : labelColorOn(fillFor(r.projects.length, theme), theme),
            ...(selected ? { fontWeight: 700 } : {}),
          },
        };
      }),
    },
    series: [
      {
        id: MAP_SERIES_ID,
        type: 'map',
        geoIndex: 0,
        animation: false,
        data: model.regions.map((r) => ({ name: r.name, value: r.projects.length })),
        tooltip: {
          formatter: (params) => {
            const name = String((params as { name?: unknown }).name ?? '');
            const region = regionsByName.get(name);
            const projects = region?.projects ?? [];
            return tooltipHtml(name, `市级、县级 ${projects.length} 项`, projects);
          },
        },
      },
      {
        id: PROVINCE_SERIES_ID,
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'pin',
        symbolSize: Math.round(fontSize * 2.6),
        // The pin's tip, not its centre, marks the capital.
        symbolOffset: [0, '-45%'],
        z: 5,
        itemStyle: { color: theme.province, borderColor: theme.background, borderWidth: 1 },
        label: {
          show: true,
          position: 'right',
          distance: 4,
          formatter: `省级 ${model.provinceProjects.length} 项`,
          // The tour's 省级 stop lights the marker's plate up instead of a region.
          color: provinceFocused ? theme.onSelected : theme.text,
          fontSize,
          fontWeight: 700,
          backgroundColor: provinceFocused ? theme.province : theme.background,
          borderColor: theme.province,
          borderWidth: 1,
          borderRadius: 4,
          padding: [3, 6],
        },
        tooltip: {
          formatter: () =>
            tooltipHtml(
              '省级（省人大各委员会、办公厅）',
              `${model.provinceProjects.length} 项`,
              model.provinceProjects,
            ),
        },
        data: [{ name: '省级', value: [...PROVINCE_MARKER_COORD, model.provinceProjects.length] }],
      },
      {
        id: PINS_SERIES_ID,
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'circle',
        symbolSize: Math.round(fontSize * 0.8),
        z: 4,
        itemStyle: { color: theme.pin, borderColor: theme.background, borderWidth: 1.5 },
        label: {
          show: true,
          position: 'bottom',
          distance: 2,
          formatter: '{b}',
          color: theme.pin,
          fontSize: Math.round(fontSize * 0.86),
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
