// The locator map of a regional slide: the province in grey, the slide's prefectures in the accent colour and
// named, as an SVG document in points (1 unit = 1 pt on the slide), so its names are a known type size there.
import type { PrefectureOutline } from '../../../geo';
import { escapeHtml } from '../../../lib/escape-html';
import { FONT_STACK, LIGHT_THEME } from '../../../lib/theme';

/** Names on the locator, in points on the slide. */
export const LOCATOR_LABEL_SIZE = 13;
/** Room around the province inside the picture, in points. */
export const LOCATOR_PADDING = 6;

/** A prefecture's name without 市 (郑州 for 郑州市), as the dashboard's small map shows it. */
const shortName = (name: string) => name.replace(/市$/u, '');

interface Label {
  readonly text: string;
  x: number;
  y: number;
  readonly w: number;
}

const overlaps = (a: Label, b: Label, h: number) =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < h;

/** Labels at their prefectures' label points; one that would cover another moves below it. */
function placeLabels(outlines: readonly PrefectureOutline[], height: number): Label[] {
  const h = LOCATOR_LABEL_SIZE * 1.2;
  const placed: Label[] = [];
  for (const o of outlines) {
    const text = shortName(o.name);
    const label: Label = { text, x: o.labelAt[0], y: o.labelAt[1], w: text.length * LOCATOR_LABEL_SIZE + 4 };
    for (let tries = 0; tries < 3 && placed.some((p) => overlaps(p, label, h)); tries += 1) label.y += h;
    label.y = Math.min(label.y, height - h / 2);
    placed.push(label);
  }
  return placed;
}

/** The SVG document, width × height points, with `chosen` (prefecture codes) highlighted and named. */
export function locatorSvg(
  outlines: readonly PrefectureOutline[],
  chosen: readonly string[],
  width: number,
  height: number,
): string {
  const isChosen = (o: PrefectureOutline) => chosen.includes(o.code);
  const shapes = outlines
    .map(
      (o) =>
        `<path d="${o.d}" fill="${isChosen(o) ? LIGHT_THEME.accent : LIGHT_THEME.areaEmpty}" ` +
        `stroke="#ffffff" stroke-width="0.8" stroke-linejoin="round"/>`,
    )
    .join('');
  const labels = placeLabels(outlines.filter(isChosen), height)
    .map((l) => `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}">${escapeHtml(l.text)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${shapes}` +
    `<g font-family="${escapeHtml(FONT_STACK)}" font-size="${LOCATOR_LABEL_SIZE}" font-weight="700" ` +
    `fill="${LIGHT_THEME.text}" stroke="#ffffff" stroke-width="3" paint-order="stroke" ` +
    `text-anchor="middle" dominant-baseline="central">${labels}</g></svg>`
  );
}
