import EChartsReactCore from 'echarts-for-react/esm/core';
import { useCallback, useContext, useEffect, useRef } from 'react';
import type { CSSProperties, Ref } from 'react';
import { echarts } from '../../lib/echarts';
import type { ECOption } from '../../lib/echarts';
import { ChartReportsContext } from './chart-reports';

/** A chart instance as handed to onChartReady. */
export type EChartInstance = ReturnType<typeof echarts.init>;

interface EChartProps {
  /** Stable name: the chart is registered under it for automation and export. */
  name: string;
  option: ECOption;
  /** Handlers by ECharts event name; keep the object stable (memoise it). */
  onEvents?: Record<string, (params: never) => void>;
  style?: CSSProperties;
  className?: string;
  /** Accessible description of the chart, for screen readers. */
  ariaLabel: string;
  /** The chart's box, for callers that size things to it. */
  containerRef?: Ref<HTMLDivElement>;
  /** Whenever this changes, what a pointer left on the chart (a tooltip, a highlighted shape) is cleared. */
  clearPointerOn?: unknown;
}

// Stable references: echarts-for-react rebuilds the chart when theme or opts change identity.
const OPTS = { renderer: 'canvas' } as const;

/**
 * ECharts through echarts-for-react's core build, which owns the instance's life: it creates it (once it knows
 * the box's size), resizes it with the box and disposes it. Only its public props are used, so an upgrade that
 * keeps them keeps this component working.
 */
export function EChart({
  name,
  option,
  onEvents,
  style,
  className,
  ariaLabel,
  containerRef,
  clearPointerOn,
}: EChartProps) {
  const chartRef = useRef<EChartInstance | null>(null);
  const reports = useContext(ChartReportsContext);
  const onChartReady = useCallback(
    (chart: EChartInstance) => {
      chartRef.current = chart;
      reports.drawn(name, chart);
    },
    [name, reports],
  );
  useEffect(
    () => () => {
      if (chartRef.current) reports.gone(name, chartRef.current);
    },
    [name, reports],
  );
  // A change of `clearPointerOn` (a drill, an opened project, a tour's stop) leaves no tooltip and no highlighted
  // shape behind: on touch the tooltip would stay until the next tap, on a projector under a resting mouse.
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || chart.isDisposed()) return;
    chart.dispatchAction({ type: 'hideTip' });
    // The highlight goes the way a pointer's own leaving takes it: zrender tells the shape under the pointer it
    // was left, and forgets it, so the next move onto that shape is a new hover. (A `downplay` action instead
    // would keep ECharts from highlighting that series on hover ever after.)
    const pointer = chart.getZr().handler;
    pointer.dispatch('mouseout', { zrEventControl: 'no_globalout' });
    pointer.resize();
  }, [clearPointerOn]);
  return (
    <div
      ref={containerRef}
      role="img"
      aria-label={ariaLabel}
      className={className}
      style={style}
      data-chart={name}
    >
      <EChartsReactCore
        echarts={echarts}
        option={option}
        opts={OPTS}
        replaceMerge={REPLACE_MERGE}
        onEvents={onEvents as Record<string, () => void> | undefined}
        onChartReady={onChartReady}
        style={{ width: '100%', height: '100%' }}
      />
    </div>
  );
}

// Series and geo regions are replaced whole on each update so removed items disappear.
const REPLACE_MERGE = ['series'];
