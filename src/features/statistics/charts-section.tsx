import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { ChartMeta, ChartDescriptor } from '../../charts/chart-descriptor';
import { CHARTS } from '../../charts/chart-list';
import { countyName } from '../../geo';
import { useOfficeChartFont } from '../../lib/present-scale';
import { useStillCharts } from '../../state/selectors';
import { useList } from '../../state/current-list';
import { describeFilters } from '../../state/describe-filters';
import { useChartTheme, useFilters } from '../../state/selectors';
import { ChartPanel } from './chart-panel';
import '../../lib/echarts-lazy-parts';
import './charts.css';

interface ChartsSectionProps {
  /** The charts it shows, in order. */
  charts?: readonly ChartDescriptor[];
  /** Renders the actions of a chart's panel (the shell puts the export buttons here). */
  renderActions?: (chart: ChartMeta) => ReactNode;
}

/** The statistics below the first screen: a panel per chart, following the filters and setting them when clicked. */
export default function ChartsSection({ charts = CHARTS, renderActions }: ChartsSectionProps) {
  const filters = useFilters();
  const { projects } = useList();
  const theme = useChartTheme();
  const still = useStillCharts();
  // Type grows with big office screens, like the page around the charts, and shrinks on phones.
  const fontSize = useOfficeChartFont();
  const look = useMemo(() => ({ theme, fontSize, animation: !still }), [theme, fontSize, still]);
  return (
    <section className="charts-section" aria-labelledby="charts-heading">
      <header className="charts-section-header">
        <h2 id="charts-heading">统计图表</h2>
        <p className="charts-caption">
          {describeFilters(filters, countyName(filters.county))}· 点击柱条或方格即按其筛选，再点一次取消
        </p>
      </header>
      <div className="charts-grid">
        {charts.map((chart) => (
          <ChartPanel
            key={chart.name}
            chart={chart}
            projects={projects}
            filters={filters}
            look={look}
            actions={renderActions?.(chart)}
          />
        ))}
      </div>
    </section>
  );
}
