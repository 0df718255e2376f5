import { useEffect, useMemo, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import type { ChartClick, ChartDescriptor } from '../../charts/chart-descriptor';
import type { ChartLook } from '../../charts/chart-style';
import { DataTable } from '../../components/ui/data-table';
import { EChart } from '../../components/ui/echart';
import { PanelBoundary } from '../../components/ui/panel-boundary';
import { PaperChart } from '../../components/ui/paper-chart';
import type { Project } from '../../data';
import { PAPER_CHART_FONT, PAPER_CHART_WIDTH } from '../../lib/printing';
import { LIGHT_THEME } from '../../lib/theme';
import type { Filters } from '../../state/filters';
import { useDashboard } from '../../state/store';

// Paper is white and still, whatever the screen shows; its type is sized for the printed chart.
const PAPER_LOOK: ChartLook = { theme: LIGHT_THEME, fontSize: PAPER_CHART_FONT, animation: false };

interface ChartPanelProps {
  chart: ChartDescriptor;
  projects: readonly Project[];
  filters: Filters;
  look: ChartLook;
  /** While printing, a paper copy (light, paper-sized type) is drawn in place of the chart. */
  printing: boolean;
  /** Export buttons (or anything else the shell puts in the panel's header). */
  actions?: ReactNode;
}

/**
 * One statistics chart with its heading, what it counts, room for actions, its numbers as a table and in words
 * for screen readers, and its paper copy while printing. Clicks act through the store, as the filter chips do.
 */
export function ChartPanel({ chart, projects, filters, look, printing, actions }: ChartPanelProps) {
  const counted = useMemo(() => chart.count(projects, filters), [chart, projects, filters]);
  const option = useMemo(() => counted.buildOption(look), [counted, look]);
  // Built only while printing: nobody sees it on screen.
  const paperOption = useMemo(() => (printing ? counted.buildOption(PAPER_LOOK) : null), [counted, printing]);
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
      <DataTable table={counted.table()} />
    </section>
  );
}
