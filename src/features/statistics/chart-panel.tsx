import { useEffect, useMemo, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import type { ChartClick, ChartDescriptor } from '../../charts/chart-descriptor';
import type { ChartLook } from '../../charts/chart-style';
import { DataTable } from '../../components/ui/data-table';
import { EChart } from '../../components/ui/echart';
import { PanelBoundary } from '../../components/ui/panel-boundary';
import type { Project } from '../../data';
import type { Filters } from '../../state/filters';
import { useDashboard } from '../../state/store';

interface ChartPanelProps {
  chart: ChartDescriptor;
  projects: readonly Project[];
  filters: Filters;
  look: ChartLook;
  /** Export buttons (or anything else the shell puts in the panel's header). */
  actions?: ReactNode;
}

/**
 * One statistics chart with its heading, what it counts, room for actions, its numbers as a table and in words
 * for screen readers. Clicks act through the store, as the filter chips do.
 */
export function ChartPanel({ chart, projects, filters, look, actions }: ChartPanelProps) {
  const counted = useMemo(() => chart.count(projects, filters), [chart, projects, filters]);
  const option = useMemo(() => counted.buildOption(look), [counted, look]);
  // A click reads the counts drawn last (bars sorted by count move). The handler stays one object: a new onEvents
  // object would make echarts-for-react rebuild the chart.
  const latest = useRef(counted);
  useEffect(() => {
    latest.current = counted;
  }, [counted]);
  const events = useMemo(
    () => ({ click: (item: ChartClick) => latest.current.click(item, useDashboard.getState()) }),
    [],
  );
  const headingId = `chart-heading-${chart.name}`;
  return (
    <section
      className="panel chart-panel"
      aria-labelledby={headingId}
      data-chart-panel={chart.name}
      style={{ '--chart-panel-height': `${chart.screenHeight}rem` } as CSSProperties}
    >
      <header className="chart-panel-header">
        <div>
          <h3 id={headingId}>{chart.heading}</h3>
          <p className="chart-note">{chart.note}</p>
        </div>
        {actions}
      </header>
      <PanelBoundary what={`图表「${chart.heading}」`}>
        <EChart
          name={chart.name}
          className="chart-body"
          option={option}
          onEvents={events}
          ariaLabel={counted.summary()}
        />
      </PanelBoundary>
      <DataTable table={counted.table()} />
    </section>
  );
}
