// The live map chart, in its own chunk with ECharts: the first screen shows the prerendered static map, and a
// phone makes the chart only when the map is touched (map-panel.tsx).
import { EChart } from '../../components/ui/echart';
import { PaperChart } from '../../components/ui/paper-chart';
import { providePaperChart } from '../../components/ui/paper-chart-slot';

providePaperChart(PaperChart);

export default EChart;
