import type { ChartMeta } from '../../charts/chart-descriptor';
import type { DashboardPanel } from './image-layout';
import { useResourceCache } from '../../state/resources';
import { useExportAction } from './use-export-action';
import './export.css';

interface DashboardExportButtonProps {
  /** The map's panel; the statistics charts follow it. */
  map: DashboardPanel;
  /** Asks for the statistics at once (they load after the map): the image waits for them. */
  loadStatistics: () => void;
}

/** A statistics chart's panel in the image: it loads after the first screen, so the export waits for it. */
export function dashboardPanel(chart: ChartMeta): DashboardPanel {
  return {
    name: chart.name,
    heading: chart.heading,
    note: chart.note,
    height: chart.dashboardHeight,
    loadsLater: true,
  };
}

/** One PNG of the whole dashboard: the map and the statistics charts under one title and caption. */
export function DashboardExportButton({ map, loadStatistics }: DashboardExportButtonProps) {
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
          loadStatistics();
          // The charts' list comes with the statistics, not with the first screen.
          const [{ exportDashboardImage }, { CHARTS }] = await Promise.all([
            import('./export-images'),
            import('../../charts/chart-list'),
          ]);
          return exportDashboardImage(cache, map, CHARTS.map(dashboardPanel));
        })
      }
    >
      导出看板PNG
    </button>
  );
}
