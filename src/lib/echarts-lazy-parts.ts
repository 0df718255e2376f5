// ECharts parts that only the lazily loaded statistics section and the exports need. Importing this module
// registers them (with the same core instance as src/lib/echarts.ts); only lazy chunks import it, so the
// entry bundle stays small. Their option types are part of ECOption in src/lib/echarts.ts.
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { addLaterParts, echarts } from './echarts';
import { TOOLTIP_PARTS } from './echarts-tooltip';

echarts.use([BarChart, HeatmapChart, GridComponent, LegendComponent, SVGRenderer]);
// The statistics and the exports draw tooltips from their first picture; the map, if it has none yet, gets it.
addLaterParts('tooltip', TOOLTIP_PARTS);

export { echarts };
