// ECharts parts that only the lazily loaded statistics section and the exports need. Importing this module
// registers them (with the same core instance as src/lib/echarts.ts); only their lazy chunks import it, so neither
// the entry nor the map chart's chunk carries them. Their option types are part of ECOption in src/lib/echarts.ts.
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echarts';

echarts.use([BarChart, HeatmapChart, GridComponent, LegendComponent, SVGRenderer]);

export { echarts };
