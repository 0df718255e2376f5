import type { PrefectureOutline } from '../../../../geo';
import { LIGHT_THEME } from '../../../../lib/theme';
import { locatorSvg } from '../locator-svg';

const square = (code: string, name: string, x: number, y: number): PrefectureOutline => ({
  code,
  name,
  d: `M${x - 20},${y - 20}h40v40h-40Z`,
  rings: [
    [
      [x - 20, y - 20],
      [x + 20, y - 20],
      [x + 20, y + 20],
      [x - 20, y + 20],
    ],
  ],
  labelAt: [x, y],
});
const OUTLINES = [
  square('410100', '郑州市', 100, 100),
  square('410200', '开封市', 110, 100),
  square('419001', '济源市', 40, 40),
];

describe('locatorSvg', () => {
  it('fills the chosen prefectures in the accent colour and names them, the rest grey and unnamed', () => {
    const svg = locatorSvg(OUTLINES, ['410100', '410200'], 240, 200);
    const fills = [...svg.matchAll(/<path [^>]*fill="([^"]+)"/gu)].map((m) => m[1]);
    expect(fills).toEqual([LIGHT_THEME.accent, LIGHT_THEME.accent, LIGHT_THEME.areaEmpty]);
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)">([^<]+)<\/text>/gu)];
    expect(labels.map((m) => m[3])).toEqual(['郑州', '开封']);
    // Each name beside the red, joined to it by a leader line.
    expect(svg.match(/<circle /gu)).toHaveLength(2);
    expect(svg).toContain('width="240" height="200"');
  });
});
