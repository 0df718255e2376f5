// The tooltip's parts, in a chunk of their own: registered after the first picture (loadTooltips in echarts.ts)
// or with the statistics (echarts-lazy-parts.ts).
import { TooltipComponent } from 'echarts/components';

export const TOOLTIP_PARTS = [TooltipComponent];
