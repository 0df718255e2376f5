import type { ReactNode } from 'react';
import { DataTable } from '../../components/ui/data-table';
import type { TableData } from '../../components/ui/data-table';
import { EChart } from '../../components/ui/echart';
import { PanelBoundary } from '../../components/ui/panel-boundary';
import { PaperChart } from '../../components/ui/paper-chart';
import type { ECOption } from '../../lib/echarts';
import { PAPER_CHART_WIDTH } from '../../lib/printing';
import type { StatChart } from '../../state/chart-list';

interface ChartPanelProps {
  chart: StatChart;
  option: ECOption;
  onEvents: Record<string, (params: never) => void>;
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  /** The chart's numbers as a table, for screen readers. */
  table: TableData;
  /** Export buttons (or anything else the shell puts in the panel's header). */
  actions?: ReactNode;
  /** While printing: the option for paper (light, paper-sized type), drawn in place of the chart there. */
  paperOption?: ECOption;
}

/** One statistics chart with its heading, what it counts, and room for actions. */
export function ChartPanel({
  chart,
  option,
  onEvents,
  summary,
  table,
  actions,
  paperOption,
}: ChartPanelProps) {
  const headingId = `chart-heading-${chart.name}`;
  return (
    <section className="panel chart-panel" aria-labelledby={headingId} data-chart-panel={chart.name}>
      <header className="chart-panel-header">
        <div>
          <h3 id={headingId}>{chart.heading}</h3>
          <p className="chart-note">{chart.note}</p>
        </div>
        {actions}
      </header>
      <PanelBoundary what={`图表「${chart.heading}」`} charts={[chart.name]}>
        <EChart
          name={chart.name}
          className="chart-body"
          option={option}
          onEvents={onEvents}
          ariaLabel={summary}
        />
        {paperOption ? (
          <PaperChart
            name={chart.name}
            option={paperOption}
            width={PAPER_CHART_WIDTH}
            height={chart.paperHeight}
            renderer="svg"
          />
        ) : null}
      </PanelBoundary>
      <DataTable table={table} />
    </section>
  );
}
