import { contrastRatio } from '../../lib/contrast';
import { DARK_THEME, LIGHT_THEME } from '../../lib/theme';
import type { ChartTheme } from '../../lib/theme';
import { palette } from './css-palette';

// Text colour, background colour: every pairing the stylesheets use for text.
const CSS_PAIRS: [string, string][] = [
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--muted', '--bg'],
  ['--muted', '--surface'],
  ['--accent', '--surface'],
  ['--accent', '--bg'],
  ['--text', '--accent-soft'],
  ['--muted', '--accent-soft'],
  ['--accent', '--accent-soft'],
  ['--header-text', '--header-bg'],
  ['--on-accent', '--accent'],
  ['--accent', '--control-bg'],
  ['--text', '--control-bg'],
  ['--text', '--chip-count-bg'],
  ['--on-accent', '--chip-count-pressed-bg'],
  ['--province', '--province-soft'],
  ['--city', '--city-soft'],
  ['--county', '--county-soft'],
  ['--badge-category-text', '--badge-category-bg'],
];

// Focus ring, background it is drawn on: WCAG 2.2 (1.4.11, 2.4.13) asks 3:1 for the indicator.
const FOCUS_PAIRS: [string, string][] = [
  ['--focus', '--bg'],
  ['--focus', '--surface'],
  // Inside a list item (the ring is drawn inset), which may be the selected one.
  ['--focus', '--accent-soft'],
  ['--focus', '--control-bg'],
  ['--header-focus', '--header-bg'],
];

describe.each(['light', 'dark'] as const)('%s theme', (name) => {
  const color = palette(name);

  it.each(FOCUS_PAIRS)('focus ring %s on %s stands out (3:1)', (ring, bg) => {
    expect(contrastRatio(color(ring), color(bg))).toBeGreaterThanOrEqual(3);
  });

  it.each(CSS_PAIRS)('%s on %s meets WCAG AA (4.5:1)', (fg, bg) => {
    expect(contrastRatio(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });

  const chart: ChartTheme = name === 'dark' ? DARK_THEME : LIGHT_THEME;

  it('has map labels that meet AA on every fill and on the panel', () => {
    // buildMapOption writes a region's name in the text colour, or the background colour where that reads better.
    const fills = [chart.areaEmpty, ...chart.ramp, chart.background, color('--surface')];
    for (const fill of fills) {
      const best = Math.max(contrastRatio(chart.text, fill), contrastRatio(chart.background, fill));
      expect(best).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(chart.text, chart.background)).toBeGreaterThanOrEqual(4.5);
    // Pin names and the 省级 plate sit on plates of the chart background.
    expect(contrastRatio(chart.pin, chart.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(chart.onSelected, chart.selected)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(chart.onSelected, chart.province)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws charts on the same surface the page uses', () => {
    expect(contrastRatio(chart.background, color('--surface'))).toBeLessThan(1.2);
  });
});
