// Chart and dashboard images, loaded on the first export click (not part of the entry bundle).
import { countyName } from '../../geo';
import { chartPicture, whenChartSettled } from '../../lib/chart-picture';
import type { ChartPicture } from '../../lib/chart-picture';
import { ChartsNotShown, getChart, summonChart, whenChartsShown } from '../../lib/chart-registry';
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
import { ExportError, useExportStatus } from './export-status';
import { exportFileName } from './file-name';
import { layoutChartImage, layoutDashboardImage } from './image-layout';
import type { DashboardPanel } from './image-layout';
import { imageWords } from './image-words';
import { renderPng, renderSvg } from './render-image';

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
  // A phone's map chart, not made until asked for.
  await summonChart(name);
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
  const chart = liveChart(request.chartName, request.heading);
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

const quoted = (panels: readonly DashboardPanel[]) => panels.map((p) => `「${p.heading}」`).join('');

/**
 * Every panel's chart on screen. The charts that load later (the statistics) are asked for by the caller and
 * waited for here; one that failed makes the export stop and say which, rather than leave it out of the image.
 */
async function allShown(panels: readonly DashboardPanel[]): Promise<void> {
  await Promise.all(panels.map((p) => summonChart(p.name)));
  const absent = panels.filter((p) => !getChart(p.name));
  const notYet = absent.filter((p) => !p.loadsLater);
  if (notYet.length > 0) throw new ExportError(`${quoted(notYet)}尚未显示，无法导出看板`);
  if (absent.length === 0) return;
  useExportStatus.getState().announce('正在加载统计图表，加载后即导出看板……');
  await whenChartsShown(absent.map((p) => p.name)).catch((error: unknown) => {
    if (!(error instanceof ChartsNotShown)) throw error;
    const failed = absent.filter((p) => error.names.includes(p.name));
    // All of them: the statistics as a whole failed to load.
    const what = failed.length === panels.filter((p) => p.loadsLater).length ? '统计图表' : quoted(failed);
    throw new ExportError(`${what}未能显示，请先点页面上的「重试」`);
  });
}

/** Exports the map and the statistics charts composed on one PNG; returns the file name. */
export async function exportDashboardImage(panels: readonly DashboardPanel[]): Promise<string> {
  await allShown(panels);
  for (const panel of panels) await settledPicture(panel.name);
  const { list, filters, colours } = currentLook();
  // A panel that says what it draws (the map) is noted by that.
  const noted = panels.map((p) => ({ ...p, note: chartPicture(p.name)?.note ?? p.note }));
  const county = countyName(filters.county);
  const words = imageWords(list, filters, null, undefined, {
    title: regionName(filters, county),
    countyName: county,
  });
  const layout = layoutDashboardImage(words, noted);
  const options = new Map(panels.map((p) => [p.name, liveChart(p.name, p.heading).getOption() as ECOption]));
  const fileName = exportFileName(list.year, '看板', filters, new Date(), 'png', undefined, county);
  // 1920 CSS px at 2× is 3840 px: the whole dashboard comes out 4K wide.
  downloadBlob(await renderPng(layout, options, colours, 2), fileName);
  return fileName;
}
