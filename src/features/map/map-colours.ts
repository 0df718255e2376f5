import { contrastRatio } from '../../lib/contrast';
import type { ChartTheme } from '../../lib/theme';

/** The fill of a region with `count` projects: the same steps as the legend's pieces. */
export function fillFor(count: number, theme: ChartTheme): string {
  return count === 0
    ? theme.areaEmpty
    : (theme.ramp[Math.min(count, 4, theme.ramp.length - 1)] ?? theme.text);
}

/** The theme's text colour, or its background colour where the fill is too dark for it (WCAG AA). */
export function labelColorOn(fill: string, theme: ChartTheme): string {
  return contrastRatio(theme.text, fill) >= 4.5 ? theme.text : theme.background;
}
