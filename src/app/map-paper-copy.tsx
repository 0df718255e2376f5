import { createElement } from 'react';
import { paperChartComponent } from '../components/ui/paper-chart-slot';
import { getChart, optionInTheme } from '../lib/chart-registry';
import { usePrinting } from '../lib/printing';
import { LIGHT_THEME } from '../lib/theme';

/**
 * The map on paper: the map as shown (drilled, highlighted), in the light theme, drawn at the size its labels were
 * placed for and scaled to the printed box. Canvas: the SVG renderer comes with the statistics, which may be
 * missing.
 */
export function MapPaperCopy() {
  const printing = usePrinting();
  if (!printing) return null;
  // Read as printing starts: what the map shows then is what goes on paper.
  const chart = getChart('map');
  const option = optionInTheme('map', LIGHT_THEME);
  // A live chart means ECharts, and with it the paper copy's component, has loaded.
  const PaperChart = paperChartComponent();
  if (!chart || !option || !PaperChart || chart.getWidth() === 0 || chart.getHeight() === 0) return null;
  // One component for the page's life (provided once, by the chart's chunk), not one made per render.
  return createElement(PaperChart, {
    name: 'map',
    option,
    width: chart.getWidth(),
    height: chart.getHeight(),
    renderer: 'canvas',
  });
}
