// Chart and dashboard images, loaded on the first export click (not part of the entry bundle).
import { mapPicture as mapWords } from '../../charts/map/map-words';
import type { MapFrame } from '../../charts/map/scene-map-option';
import { ChartsNotShown, getChart, whenChartsShown } from '../../lib/chart-registry';
import type { ResourceCache } from '../../lib/resource-cache';
import type { ECOption } from '../../lib/echarts';
import { DARK_THEME, LIGHT_THEME } from '../../lib/theme';
import type { ChartTheme } from '../../lib/theme';
import { regionName } from '../../state/describe-filters';
import type { ReadyScene } from '../../state/scene';
import { useDashboard } from '../../state/store';
import type { FrameColours } from './compose-svg';
import { downloadBlob } from './download';
import { ExportError, useExportStatus } from './export-status';
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

/** The live chart of this name (its heading names it in the message), or an error the status line can show. */
export function liveChart(name: string, heading?: string) {
  const chart = getChart(name);
  if (!chart) throw new ExportError(`${heading ? `图表「${heading}」` : '图表'}尚未显示，请稍候再试`);
  return chart;
}

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

/** The map's labels in an image, in px: as the office screen draws them. */
const MAP_LABEL_PX = 14;

/** The map's box on screen (the chart's or the static map's), for an image "as on screen"; a default without one. */
function mapFrameOnScreen(): MapFrame {
  const box = document.querySelector<HTMLElement>('.map-chart');
  const width = box?.clientWidth || 900;
  const height = box?.clientHeight || 760;
  return { width, height, fontSize: MAP_LABEL_PX };
}

function pixelRatio(format: ImageFormat, width: number): number {
  return format === 'png-4k' ? WIDTH_4K / width : Math.max(2, window.devicePixelRatio || 1);
}

/** What to export: a live chart by registry name, with the words for its frame. */
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
    option = await mapPictureOption(
      scene,
      useDashboard.getState().theme === 'dark' ? DARK_THEME : LIGHT_THEME,
      frame,
    );
    size = frame;
  } else {
    const chart = liveChart(request.chartName, request.heading);
    option = chart.getOption() as ECOption;
    size = { width: chart.getWidth(), height: chart.getHeight() };
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

const quoted = (panels: readonly DashboardPanel[]) => panels.map((p) => `「${p.heading}」`).join('');

/**
 * Every statistics chart on screen: they load after the first screen, so the caller asks for them and they are
 * waited for here; one that failed makes the export stop and say which, rather than leave it out of the image.
 */
async function statisticsShown(panels: readonly DashboardPanel[]): Promise<void> {
  const absent = panels.filter((p) => !getChart(p.name));
  if (absent.length === 0) return;
  useExportStatus.getState().announce('正在加载统计图表，加载后即导出看板……');
  await whenChartsShown(absent.map((p) => p.name)).catch((error: unknown) => {
    if (!(error instanceof ChartsNotShown)) throw error;
    const failed = absent.filter((p) => error.names.includes(p.name));
    // All of them: the statistics as a whole failed to load.
    const what = failed.length === panels.length ? '统计图表' : quoted(failed);
    throw new ExportError(`${what}未能显示，请先点页面上的「重试」`);
  });
}

/** Exports the map (from the scene) and the statistics charts composed on one PNG; returns the file name. */
export async function exportDashboardImage(
  cache: ResourceCache,
  map: DashboardPanel,
  statistics: readonly DashboardPanel[],
): Promise<string> {
  await statisticsShown(statistics);
  const scene: ReadyScene = await settledScene(cache);
  const { list, filters } = scene;
  const county = scene.map.countyName;
  const words = imageWords(list, filters, null, undefined, {
    title: regionName(filters, county),
    countyName: county,
  });
  // The map's panel is noted by what it draws.
  const panels = [{ ...map, note: mapWords(scene.map).note }, ...statistics];
  const layout = layoutDashboardImage(words, panels);
  const slot = layout.slots.find((s) => s.name === map.name)!;
  const theme = useDashboard.getState().theme === 'dark' ? DARK_THEME : LIGHT_THEME;
  const options = new Map<string, ECOption>([
    [
      map.name,
      await mapPictureOption(scene, theme, {
        width: slot.width,
        height: slot.height,
        fontSize: MAP_LABEL_PX,
      }),
    ],
    ...statistics.map((p) => [p.name, liveChart(p.name, p.heading).getOption() as ECOption] as const),
  ]);
  const fileName = exportFileName(list.year, '看板', filters, new Date(), 'png', undefined, county);
  // 1920 CSS px at 2× is 3840 px: the whole dashboard comes out 4K wide.
  downloadBlob(await renderPng(layout, options, currentColours(), 2), fileName);
  return fileName;
}
