/** System CJK font stack: the page never downloads a font (intranet screens have no internet). */
export const FONT_STACK =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** Colours a chart needs, per theme; CSS carries the same values as custom properties. */
export interface ChartTheme {
  readonly name: 'light' | 'dark';
  readonly text: string;
  readonly textMuted: string;
  readonly background: string;
  readonly border: string;
  readonly areaEmpty: string;
  /** Sequential ramp for counts, lightest first. */
  readonly ramp: readonly string[];
  readonly accent: string;
  readonly province: string;
  readonly pin: string;
  readonly selected: string;
  /** Text on the `selected` (hover) and `province` highlight fills. */
  readonly onSelected: string;
}

export const LIGHT_THEME: ChartTheme = {
  name: 'light',
  text: '#1f2329',
  textMuted: '#5c6370',
  background: '#ffffff',
  border: '#ffffff',
  areaEmpty: '#eef0f3',
  ramp: ['#fde6dc', '#f8b9a1', '#ee8468', '#c73a2f', '#a8161d'],
  accent: '#b8141b',
  province: '#c28a00',
  pin: '#1d4f91',
  selected: '#ffd24d',
  onSelected: '#1f2329',
};

export const DARK_THEME: ChartTheme = {
  name: 'dark',
  text: '#f2f4f7',
  textMuted: '#b4bccb',
  background: '#0b1422',
  border: '#0b1422',
  areaEmpty: '#1e2b3f',
  // Dark enough throughout that light labels keep AA contrast on every step.
  ramp: ['#3a2a2e', '#6b2d2f', '#9c2f2c', '#b0352b', '#c23a2a'],
  accent: '#ff6b57',
  province: '#ffc940',
  pin: '#7fc4ff',
  selected: '#ffe27a',
  onSelected: '#0b1422',
};
