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
  /** The map's fills and region outline on a projector (presentation; see projectorTheme). */
  readonly projector: ProjectorMap;
}

/**
 * A projector washes colours out, and a room must still tell the map's count classes apart where they meet
 * (WCAG 1.4.11: 3:1). Five classes and the panel cannot all be 3:1 apart by lightness (that takes 3^5 = 243:1;
 * black on white is 21:1). So every region is outlined in a colour at least 3:1 against every fill and the panel:
 * the outline is the boundary between any two regions and between the map and the panel. The fills still step
 * evenly in lightness in the legend's order (about 1.3–1.5:1 a step, with names AA on each), so more reads as
 * darker in the light theme and brighter in the dark one. They differ by colour only: hatching would fight the
 * names from across the room, and the tour panel says each stop's count in words.
 */
export interface ProjectorMap {
  readonly areaEmpty: string;
  /** Like ChartTheme.ramp: index n is the fill of n projects (4 and more: the last). */
  readonly ramp: readonly string[];
  /** Drawn round every region. */
  readonly outline: string;
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
  // The office's first steps; the last two lighter, for the dark outline to stand out on them.
  projector: {
    areaEmpty: '#eef0f3',
    ramp: ['#fde6dc', '#f8b9a1', '#ee8468', '#ed5940', '#ca3c2b'],
    outline: '#1f2329',
  },
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
  // Brighter with each step, up to one dark names read on; all dark enough for the light outline.
  projector: {
    areaEmpty: '#25334a',
    ramp: ['#3a2a2e', '#7d2623', '#a13023', '#bf4432', '#d8674e'],
    outline: '#f2f4f7',
  },
};
