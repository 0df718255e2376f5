// Chart and dashboard images, loaded on the first export click (not part of the entry bundle).
import { mapWords } from '../../charts/map/map-words';
import type { MapFrame } from '../../charts/map/scene-map-option';
import { CHARTS } from '../../charts/chart-list';
import type { ChartDescriptor } from '../../charts/chart-descriptor';
import type { ResourceCache } from '../../lib/resource-cache';
import type { ECOption } from '../../lib/echarts';
import { DARK_THEME, LIGHT_THEME } from '../../lib/theme';
import type { ChartTheme } from '../../lib/theme';
import { regionName } from '../../state/describe-filters';
import type { ReadyScene } from '../../state/scene';
import { useDashboard } from '../../state/store';
import type { FrameColours } from './compose-svg';
import { downloadBlob } from './download';
import { ExportError } from './export-status';
import { exportFileName } from './file-name';
import { layoutChartImage, layoutDashboardImage } from './image-layout';
import type { DashboardPanel } from './image-layout';
import { imageWords } from './image-words';
import { renderPng, renderSvg } from './render-image';
import { settledScene } from './export-scene';
import { mapPictureOption } from './map-picture-option';

/** PNG at (at least) twice the CSS size, PNG exactly 3840 px wide, or SVG. */
export type ImageFormat = 'png' | 'png-4k' | 'svg';

/** Pixel width of the 4K choice. */
export const WIDTH_4K = 3840;

/** The colours an image's frame (background, title, caption) takes from a theme. */
export function frameColours(theme: ChartTheme): FrameColours {
  return { background: theme.background, text: theme.text, muted: theme.textMuted };
}

/** The frame colours of the current theme. */
export function currentColours(): FrameColours {
  return frameColours(useDashboard.getState().theme === 'dark' ? DARK_THEME : LIGHT_THEME);
}

/** The map's name among the charts (its export buttons, its panel in the dashboard image). */
export const MAP_CHART = 'map';

/** The labels' size in an image, in px: as the office screen draws them. */
const IMAGE_LABEL_PX = 14;

/** A chart's box on screen, for an image "as on screen"; `fallback` where it is not on screen. */
function boxOnScreen(selector: string, fallback: { width: number; height: number }) {
  const box = document.querySelector<HTMLElement>(selector);
  return { width: box?.clientWidth || fallback.width, height: box?.clientHeight || fallback.height };
}

/** The map's box (the chart's or the static map's), laid out with the image's label size. */
function mapFrameOnScreen(): MapFrame {
  return { ...boxOnScreen('.map-chart', { width: 900, height: 760 }), fontSize: IMAGE_LABEL_PX };
}

const currentTheme = (): ChartTheme => (useDashboard.getState().theme === 'dark' ? DARK_THEME : LIGHT_THEME);

/** A statistics chart's option for the scene, from its descriptor: the same counts and builder as on screen. */
function statisticsOption(chart: ChartDescriptor, scene: ReadyScene, theme: ChartTheme): ECOption {
  return chart
    .count(scene.list.projects, scene.filters)
    .buildOption({ theme, fontSize: IMAGE_LABEL_PX, animation: false });
}

const chartByName = (name: string) => {
  const chart = CHARTS.find((c) => c.name === name);
  if (!chart) throw new ExportError('没有这个图表');
  return chart;
};

function pixelRatio(format: ImageFormat, width: number): number {
  return format === 'png-4k' ? WIDTH_4K / width : Math.max(2, window.devicePixelRatio || 1);
}

/** What to export: the map or a statistics chart by name, with the words for its frame. */
export interface ChartImageRequest {
  readonly chartName: string;
  readonly heading: string;
  readonly note?: string;
  /** The chart's name in the file name, e.g. 地图. */
  readonly fileLabel: string;
  readonly format: ImageFormat;
}

/**
 * Exports one chart as it is on screen, framed with title, filters and source; returns the file name. The map is
 * drawn from the scene (which place, what its colours count, what is missing); a statistics chart is read from its
 * live instance.
 */
export async function exportChartImage(cache: ResourceCache, request: ChartImageRequest): Promise<string> {
  const scene = await settledScene(cache);
  const { list, filters } = scene;
  const colours = currentColours();
  const county = scene.map.countyName;
  const isMap = request.chartName === MAP_CHART;
  const picture = isMap ? mapWords(scene.map) : undefined;
  const words = imageWords(list, filters, request.heading, picture?.note ?? request.note, {
    title: picture?.place,
    countyName: county,
  });
  let option: ECOption;
  let size: { width: number; height: number };
  if (isMap) {
    const frame = mapFrameOnScreen();
    option = await mapPictureOption(scene, currentTheme(), frame);
    size = frame;
  } else {
    const chart = chartByName(request.chartName);
    size = boxOnScreen(`[data-chart="${chart.name}"]`, { width: 640, height: chart.dashboardHeight });
    option = statisticsOption(chart, scene, currentTheme());
  }
  const layout = layoutChartImage(words, size.width, size.height);
  const options = new Map([['chart', option]]);
  const extension = request.format === 'svg' ? 'svg' : 'png';
  const variant = request.format === 'png-4k' ? '4K' : undefined;
  const fileName = exportFileName(
    list.year,
    request.fileLabel,
    filters,
    new Date(),
    extension,
    variant,
    county,
  );
  const blob =
    request.format === 'svg'
      ? renderSvg(layout, options, colours, words.title)
      : await renderPng(layout, options, colours, pixelRatio(request.format, layout.width));
  downloadBlob(blob, fileName);
  return fileName;
}

/**
 * Exports the map and the statistics composed on one PNG, every chart drawn off-screen from the scene (the
 * statistics from their descriptors, whether or not their panel has come); returns the file name.
 */
export async function exportDashboardImage(cache: ResourceCache, map: DashboardPanel): Promise<string> {
  const scene: ReadyScene = await settledScene(cache);
  const { list, filters } = scene;
  const county = scene.map.countyName;
  const words = imageWords(list, filters, null, undefined, {
    title: regionName(filters, county),
    countyName: county,
  });
  // The map's panel is noted by what it draws.
  const panels: DashboardPanel[] = [
    { ...map, note: mapWords(scene.map).note },
    ...CHARTS.map((c) => ({ name: c.name, heading: c.heading, note: c.note, height: c.dashboardHeight })),
  ];
  const layout = layoutDashboardImage(words, panels);
  const slot = layout.slots.find((s) => s.name === map.name)!;
  const theme = currentTheme();
  const options = new Map<string, ECOption>([
    [
      map.name,
      await mapPictureOption(scene, theme, {
        width: slot.width,
        height: slot.height,
        fontSize: IMAGE_LABEL_PX,
      }),
    ],
    ...CHARTS.map((c) => [c.name, statisticsOption(c, scene, theme)] as const),
  ]);
  const fileName = exportFileName(list.year, '看板', filters, new Date(), 'png', undefined, county);
  // 1920 CSS px at 2× is 3840 px: the whole dashboard comes out 4K wide.
  downloadBlob(await renderPng(layout, options, currentColours(), 2), fileName);
  return fileName;
}
