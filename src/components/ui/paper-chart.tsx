import { useLayoutEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import { echarts } from '../../lib/echarts';
import type { ECOption } from '../../lib/echarts';

interface PaperChartProps {
  /** The chart it copies (data-paper-chart, for tests). */
  name: string;
  /** The option in the light theme; it is drawn still, without tooltips. */
  option: ECOption;
  /** The size (CSS px) it is drawn at; on paper it scales to the box's width, keeping its shape. */
  width: number;
  height: number;
  /** SVG prints as vector shapes and real text; canvas is for charts whose renderer may not be loaded. */
  renderer: 'svg' | 'canvas';
}

// Device pixels per CSS pixel of a canvas copy: about 300 dpi when the copy prints at its drawn size.
const CANVAS_PIXEL_RATIO = 3;

/**
 * A chart as it goes on paper: its own off-screen ECharts instance, light and still, drawn at once (layout effect,
 * so a page captured right after beforeprint already holds it) at the size it prints at, in the printed report.
 */
export function PaperChart({ name, option, width, height, renderer }: PaperChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const chart = echarts.init(box, null, { renderer, width, height, devicePixelRatio: CANVAS_PIXEL_RATIO });
    // Without animation setOption draws synchronously, every element in its final place.
    chart.setOption({ ...option, animation: false, tooltip: { show: false } });
    // ECharts' live SVG has a fixed pixel size; a viewBox lets the box scale it.
    box.querySelector('svg')?.setAttribute('viewBox', `0 0 ${width} ${height}`);
    return () => chart.dispose();
  }, [option, width, height, renderer]);
  return (
    <div
      ref={ref}
      className="paper-chart"
      data-paper-chart={name}
      // Its shape, for print.css to size the box by (aspect-ratio, and a width that fits a height).
      style={{ '--paper-aspect': width / height } as CSSProperties}
    />
  );
}
