import { quoteFontFamilies } from '../../lib/svg-fonts';
import { FONT_STACK } from '../../lib/theme';
import type { ImageLayout } from './image-layout';

/** The colours of an image's frame (its background and text), from the current theme. */
export interface FrameColours {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
}

/** Escapes text for XML text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}

// ECharts' SVG is a complete document; nested inside ours it keeps its own viewport.
function nested(svg: string, x: number, y: number): string {
  const body = quoteFontFamilies(svg.replace(/^\s*<\?xml[^>]*>\s*/u, ''));
  return `<g transform="translate(${x} ${y})">${body}</g>`;
}

/**
 * One SVG document from a layout and each slot's SVG (as rendered by ECharts): a filled background, the text
 * lines as real text (searchable, selectable), the charts nested in their boxes.
 */
export function composeSvg(
  layout: ImageLayout,
  slotSvgs: ReadonlyMap<string, string>,
  colours: FrameColours,
  title: string,
): string {
  const texts = layout.texts.map(
    (t) =>
      `<text x="${t.x}" y="${t.y}" font-size="${t.fontSize}"${t.bold ? ' font-weight="700"' : ''} fill="${
        t.muted ? colours.muted : colours.text
      }">${escapeXml(t.text)}</text>`,
  );
  const charts = layout.slots.flatMap((slot) => {
    const svg = slotSvgs.get(slot.name);
    return svg ? [nested(svg, slot.x, slot.y)] : [];
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="${colours.background}"/>`,
    ...texts,
    ...charts,
    '</svg>',
  ].join('\n');
}
