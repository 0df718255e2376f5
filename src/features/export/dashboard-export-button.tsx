import type { DashboardPanel } from './image-layout';
import { useExportAction } from './use-export-action';
import './export.css';

interface DashboardExportButtonProps {
  /** The charts to compose, by registry name, with their headings and heights in the image. */
  panels: readonly DashboardPanel[];
  /** Asks for the statistics at once (they load after the map): the image waits for them. */
  loadStatistics: () => void;
}

/** One PNG of the whole dashboard: the map and the statistics charts under one title and caption. */
export function DashboardExportButton({ panels, loadStatistics }: DashboardExportButtonProps) {
  const { busy, run } = useExportAction();
  return (
    <button
      type="button"
      className="export-button export-button-header"
      aria-busy={busy}
      title="整个看板（地图和统计图表）合成一张 PNG 图片"
      onClick={() =>
        run(async () => {
          loadStatistics();
          const { exportDashboardImage } = await import('./export-images');
          return exportDashboardImage(panels);
        })
      }
    >
      导出看板PNG
    </button>
  );
}
