// Colours that stand for counts and levels, shared by the map, the statistics charts and the exports.
import type { Level } from '../data';
import { contrastRatio } from '../lib/contrast';
import type { ChartTheme } from '../lib/theme';

/** The opacity of what is not chosen once something in the same dimension is (charts; the deck mixes it with white). */
export const DIM_OPACITY = 0.35;

/** The fill of a region with `count` projects: the same steps as the legend's pieces. */
export function fillFor(count: number, theme: ChartTheme): string {
  return count === 0
    ? theme.areaEmpty
    : (theme.ramp[Math.min(count, 4, theme.ramp.length - 1)] ?? theme.text);
}

/** The theme as a projector draws the map: its projector fills, every region outlined (see ProjectorMap). */
export function projectorTheme(theme: ChartTheme): ChartTheme {
  const { areaEmpty, ramp, outline } = theme.projector;
  return { ...theme, areaEmpty, ramp, border: outline };
}

/** The theme's text colour, or its background colour where the fill is too dark for it (WCAG AA). */
export function labelColorOn(fill: string, theme: ChartTheme): string {
  return contrastRatio(theme.text, fill) >= 4.5 ? theme.text : theme.background;
}

/** A level's colour, as on the level badges and the map: 省级 gold, 市级 red, 县级 blue. */
export function levelColour(level: Level, theme: ChartTheme): string {
  return level === 'province' ? theme.province : level === 'city' ? theme.accent : theme.pin;
}
