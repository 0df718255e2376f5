import { useResourceCache } from '../../state/resources';
import { useExportAction } from './use-export-action';
import type { ImageFormat } from './export-images';
import './export.css';

interface ChartExportButtonsProps {
  /** The chart's name (`data-chart`, the store's drawnCharts), e.g. 'map'. */
  chartName: string;
  /** What the chart shows; the image's title and the buttons' accessible names use it. */
  heading: string;
  /** What the chart counts, printed under the title (a chart that registers its own words, the map, needs none). */
  note?: string;
  /** The chart's name in file names, e.g. 地图. */
  fileLabel: string;
  className?: string;
}

const BUTTONS: readonly { format: ImageFormat; label: string; hint: string }[] = [
  { format: 'png', label: '导出PNG', hint: 'PNG 图片，两倍清晰度' },
  { format: 'png-4k', label: '导出4K', hint: 'PNG 图片，宽 3840 像素' },
  { format: 'svg', label: '导出SVG', hint: 'SVG 矢量图' },
];

/** PNG, 4K PNG and SVG export of one chart; the files are made in the browser. */
export function ChartExportButtons({
  chartName,
  heading,
  note,
  fileLabel,
  className,
}: ChartExportButtonsProps) {
  const { busy, run } = useExportAction();
  const cache = useResourceCache();
  const exportAs = (format: ImageFormat) =>
    run(async () => {
      const { exportChartImage } = await import('./export-images');
      return exportChartImage(cache, { chartName, heading, note, fileLabel, format });
    });
  return (
    <div
      className={`export-buttons${className ? ` ${className}` : ''}`}
      role="group"
      aria-label={`导出${heading}`}
      aria-busy={busy}
    >
      {BUTTONS.map((b) => (
        <button
          key={b.format}
          type="button"
          className="export-button"
          aria-label={`${b.label}：${heading}`}
          title={`${b.hint}：${heading}`}
          onClick={() => exportAs(b.format)}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
