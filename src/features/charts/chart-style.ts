import type { ChartTheme } from '../../lib/theme';
import { FONT_STACK } from '../../lib/theme';
import { DIM_OPACITY } from '../../state/chart-colours';

/** What every statistics chart builder takes besides its data. */
export interface ChartLook {
  readonly theme: ChartTheme;
  /** Base font size in px; presentation screens pass a larger one. */
  readonly fontSize?: number;
  readonly animation?: boolean;
}

/** What a tooltip formatter is told about the item under the pointer. */
export interface TooltipItem {
  readonly dataIndex?: number;
  readonly name?: string;
  readonly value?: unknown;
}

/**
 * Options shared by the statistics charts: font, animation, an item tooltip in the theme's colours whose
 * HTML comes from `describe` (which must escape every text from the data).
 */
export function baseOption(look: ChartLook, describe: (item: TooltipItem) => string) {
  const fontSize = look.fontSize ?? 14;
  return {
    animation: look.animation ?? true,
    textStyle: { fontFamily: FONT_STACK, color: look.theme.text, fontSize },
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      backgroundColor: look.theme.background,
      borderColor: look.theme.textMuted,
      textStyle: { color: look.theme.text, fontSize },
      formatter: (params: unknown) => describe(params as TooltipItem),
    },
  };
}

/** A value axis with whole-number ticks and faint grid lines. */
export function countAxis(look: ChartLook) {
  return {
    type: 'value' as const,
    minInterval: 1,
    axisLabel: { color: look.theme.textMuted, fontSize: look.fontSize ?? 14 },
    splitLine: { lineStyle: { color: look.theme.areaEmpty } },
  };
}

/** Once something is chosen in a chart's own dimension, the rest step back (as on the map). */
export function dimmed(anySelected: boolean, selected: boolean): { opacity?: number } {
  return anySelected && !selected ? { opacity: DIM_OPACITY } : {};
}
