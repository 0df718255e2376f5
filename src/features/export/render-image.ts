// Paints an image layout: each chart through an off-screen ECharts instance (canvas for PNG, SVG for SVG), the
// words around them, a filled background. Off-screen instances are disposed as soon as they are painted.
import { echarts } from '../../lib/echarts-lazy-parts';
import type { ECOption } from '../../lib/echarts';
import { FONT_STACK } from '../../lib/theme';
import { composeSvg } from './compose-svg';
import type { FrameColours } from './compose-svg';
import type { ImageLayout } from './image-layout';

/** What goes into each slot: the chart's option, keyed by slot name. */
export type SlotOptions = ReadonlyMap<string, ECOption>;

function still(option: ECOption, background: string): ECOption {
  return { ...option, animation: false, backgroundColor: background };
}

type OffScreenChart = ReturnType<typeof echarts.init>;

// With animation off, setOption has already painted the instance's own canvas at the requested pixel ratio;
// renderToCanvas would paint everything a second time (a quarter of a second for a 4K map). Only a chart
// drawn on several layers needs that merge.
function paintedCanvas(chart: OffScreenChart, background: string, pixelRatio: number): HTMLCanvasElement {
  const layers = chart.getDom().querySelectorAll('canvas');
  return layers.length === 1 ? layers[0]! : chart.renderToCanvas({ backgroundColor: background, pixelRatio });
}

/** A PNG of the layout, pixelRatio device pixels per CSS pixel. */
export async function renderPng(
  layout: ImageLayout,
  options: SlotOptions,
  colours: FrameColours,
  pixelRatio: number,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * pixelRatio);
  canvas.height = Math.round(layout.height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  for (const slot of layout.slots) {
    const option = options.get(slot.name);
    if (!option) continue;
    const chart = echarts.init(document.createElement('div'), null, {
      renderer: 'canvas',
      width: slot.width,
      height: slot.height,
      devicePixelRatio: pixelRatio,
    });
    try {
      chart.setOption(still(option, colours.background));
      ctx.drawImage(
        paintedCanvas(chart, colours.background, pixelRatio),
        Math.round(slot.x * pixelRatio),
        Math.round(slot.y * pixelRatio),
        Math.round(slot.width * pixelRatio),
        Math.round(slot.height * pixelRatio),
      );
    } finally {
      chart.dispose();
    }
  }

  ctx.scale(pixelRatio, pixelRatio);
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    ctx.font = `${t.bold ? 700 : 400} ${t.fontSize}px ${FONT_STACK}`;
    ctx.fillStyle = t.muted ? colours.muted : colours.text;
    ctx.fillText(t.text, t.x, t.y);
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** An SVG document of the layout; every chart is rendered with ECharts' SVG renderer (vector throughout). */
export function renderSvg(
  layout: ImageLayout,
  options: SlotOptions,
  colours: FrameColours,
  title: string,
): Blob {
  const svgs = new Map<string, string>();
  for (const slot of layout.slots) {
    const option = options.get(slot.name);
    if (!option) continue;
    const chart = echarts.init(null, null, {
      renderer: 'svg',
      ssr: true,
      width: slot.width,
      height: slot.height,
    });
    try {
      chart.setOption(still(option, colours.background));
      svgs.set(slot.name, chart.renderToSVGString());
    } finally {
      chart.dispose();
    }
  }
  return new Blob([composeSvg(layout, svgs, colours, title)], { type: 'image/svg+xml;charset=utf-8' });
}
