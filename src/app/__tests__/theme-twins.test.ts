import { DARK_THEME, LIGHT_THEME } from '../../lib/theme';
import type { ChartTheme } from '../../lib/theme';
import { palette } from './css-palette';

// A colour the charts draw (src/lib/theme.ts) and the custom property the page draws the same thing with: the
// 省级 marker and its swatch in the caption, the county pins and the 县级 badges, the 市级 bars and badges.
const TWINS: [keyof ChartTheme, string][] = [
  ['text', '--text'],
  ['textMuted', '--muted'],
  ['accent', '--accent'],
  ['accent', '--city'],
  ['province', '--province-mark'],
  ['pin', '--county'],
];

describe.each([LIGHT_THEME, DARK_THEME])('$name theme', (chart) => {
  const color = palette(chart.name);

  it.each(TWINS)('%s in theme.ts is %s in the stylesheets', (key, property) => {
    expect(color(property).toLowerCase()).toBe(String(chart[key]).toLowerCase());
  });
});
