// Chart and dashboard images, loaded on the first export click (not part of the entry bundle).
import { countyName } from '../../geo';
import { chartPicture, whenChartSettled } from '../../lib/chart-picture';
import type { ChartPicture } from '../../lib/chart-picture';
import { getChart } from '../../lib/chart-registry';
import type { ECOption } from '../../lib/echarts';
import { DARK_THEME, LIGHT_THEME } from '../../lib/theme';
import type { ChartTheme } from '../../lib/theme';
import { regionName } from '../../state/describe-filters';
import type { ProjectList } from '../../data';
import { currentList } from '../../state/current-list';
import { selectFilters, useDashboard } from '../../state/store';
import type { Filters } from '../../state/filters';
import type { FrameColours } from './compose-svg';
import { downloadBlob } from './download';
import { useExportStatus } from './export-status';
import { exportFileName } from './file-name';
import { layoutChartImage, layoutDashboardImage } from './image-layout';
import type { DashboardPanel } from './image-layout';
import { imageWords } from './image-words';
import { renderPng, renderSvg } from './render-image';

/** PNG at (at least) twice the CSS size, PNG exactly 3840 px wide, or SVG. */
export type ImageFormat = 'png' | 'png-4k' | 'svg';

/** Pixel width of the 4K choice. */
export const WIDTH_4K = 3840;

/** The live chart of this name, or an error the status line can show. */
export function liveChart(name: string) {
  const chart = getChart(name);
  if (!chart) throw new Error(`图表「${name}」尚未显示`);
  return chart;
}

/** The colours an image's frame (background, title, caption) takes from a theme. */
export function frameColours(theme: ChartTheme): FrameColours {
  return { background: theme.background, text: theme.text, muted: theme.textMuted };
}

/** The current filters and the frame colours of the current theme. */
export function currentLook(): { list: ProjectList; filters: Filters; colours: FrameColours } {
  const s = useDashboard.getState();
  return {
    list: currentList(),
    filters: selectFilters(s),
    colours: frameColours(s.theme === 'dark' ? DARK_THEME : LIGHT_THEME),
  };
}

/**
 * What a chart draws, once it draws what was chosen: an export made while the map's county map still loads
 * waits for it (the status line says so), and one made after it failed describes the province map drawn instead.
 * Undefined for a chart that registers no words (the statistics).
 */
export async function settledPicture(name: string): Promise<ChartPicture | undefined> {
  const pending = chartPicture(name)?.pending;
  if (pending) useExportStatus.getState().announce(`${pending}加载中，加载完成后导出……`);
  return whenChartSettled(name);
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
 * Exports one chart as it is on screen, framed with title, filters and source; returns the file name. A chart
 * that says what it draws (the map: which place, what its colours count) is titled and noted by that.
 */
export async function exportChartImage(request: ChartImageRequest): Promise<string> {
  const picture = await settledPicture(request.chartName);
  const chart = liveChart(request.chartName);
  const { list, filters, colours } = currentLook();
  const county = countyName(filters.county);
  const words = imageWords(list, filters, request.heading, picture?.note ?? request.note, {
    title: picture?.place,
    countyName: county,
  });
  const layout = layoutChartImage(words, chart.getWidth(), chart.getHeight());
  const options = new Map([['chart', chart.getOption() as ECOption]]);
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

/** Exports the map and the statistics charts composed on one PNG; returns the file name. */
export async function exportDashboardImage(panels: readonly DashboardPanel[]): Promise<string> {
  for (const panel of panels) await settledPicture(panel.name);
  const { list, filters, colours } = currentLook();
  // A panel that says what it draws (the map) is noted by that.
  const present = panels
    .filter((p) => getChart(p.name) !== undefined)
    .map((p) => ({ ...p, note: chartPicture(p.name)?.note ?? p.note }));
  if (present.length === 0) throw new Error('看板尚未显示');
  const county = countyName(filters.county);
  const words = imageWords(list, filters, null, undefined, {
    title: regionName(filters, county),
    countyName: county,
  });
  const layout = layoutDashboardImage(words, present);
  const options = new Map(present.map((p) => [p.name, liveChart(p.name).getOption() as ECOption]));
  const fileName = exportFileName(list.year, '看板', filters, new Date(), 'png', undefined, county);
  // 1920 CSS px at 2× is 3840 px: the whole dashboard comes out 4K wide.
  downloadBlob(await renderPng(layout, options, colours, 2), fileName);
  return fileName;
}
