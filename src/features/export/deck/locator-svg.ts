// The locator map of a regional slide: the province in grey, the slide's prefectures in the accent colour and
// named beside them (locator-labels.ts), as an SVG document in points (1 unit = 1 pt on the slide), so its names
// are a known type size there.
import type { PrefectureOutline } from '../../../geo';
import { escapeHtml } from '../../../lib/escape-html';
import { FONT_STACK, LIGHT_THEME } from '../../../lib/theme';
import { leaderStart, placeLocatorLabels } from './locator-labels';

/** Names on the locator, in points on the slide. */
export const LOCATOR_LABEL_SIZE = 13;
/** Room around the province inside the picture, in points. */
export const LOCATOR_PADDING = 6;

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
  const placed = placeLocatorLabels(outlines.filter(isChosen), LOCATOR_LABEL_SIZE, width, height);
  const leaders = placed
    .map((l) => {
      const [x, y] = leaderStart(l);
      const [ax, ay] = l.anchor;
      return (
        `<path d="M${x.toFixed(1)} ${y.toFixed(1)}L${ax.toFixed(1)} ${ay.toFixed(1)}"/>` +
        `<circle cx="${ax.toFixed(1)}" cy="${ay.toFixed(1)}" r="1.6"/>`
      );
    })
    .join('');
  const labels = placed
    .map((l) => `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}">${escapeHtml(l.text)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${shapes}` +
    `<g stroke="${LIGHT_THEME.text}" stroke-width="0.8" fill="${LIGHT_THEME.text}">${leaders}</g>` +
    `<g font-family="${escapeHtml(FONT_STACK)}" font-size="${LOCATOR_LABEL_SIZE}" font-weight="700" ` +
    `fill="${LIGHT_THEME.text}" stroke="#ffffff" stroke-width="3" paint-order="stroke" ` +
    `text-anchor="middle" dominant-baseline="central">${labels}</g></svg>`
  );
}
