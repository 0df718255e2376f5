import { useResourceCache } from '../../state/resources';
import type { DashboardPanel } from './image-layout';
import { useExportAction } from './use-export-action';
import './export.css';

/** One PNG of the whole dashboard: the map and the statistics charts under one title and caption. */
export function DashboardExportButton({ map }: { map: DashboardPanel }) {
  const { busy, run } = useExportAction();
  const cache = useResourceCache();
  return (
    <button
      type="button"
      className="export-button export-button-header"
      aria-busy={busy}
      title="整个看板（地图和统计图表）合成一张 PNG 图片"
      onClick={() =>
        run(async () => {
          // Every chart is drawn off-screen from the scene: nothing waits for the statistics' panel.
          const { exportDashboardImage } = await import('./export-images');
          return exportDashboardImage(cache, map);
        })
      }
    >
      导出看板PNG
    </button>
  );
}
