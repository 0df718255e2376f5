import { createElement } from 'react';
import { mapChartParts } from '../features/map/map-chart-resource';
import { useResourceStates } from '../state/resources';
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
  // A live chart means ECharts, and with it the paper copy's component, has loaded.
  const PaperChart = useResourceStates().peek(mapChartParts)?.PaperChart;
  if (!printing) return null;
  // Read as printing starts: what the map shows then is what goes on paper.
  const chart = getChart('map');
  const option = optionInTheme('map', LIGHT_THEME);
  if (!chart || !option || !PaperChart || chart.getWidth() === 0 || chart.getHeight() === 0) return null;
  return createElement(PaperChart, {
    name: 'map',
    option,
    width: chart.getWidth(),
    height: chart.getHeight(),
    renderer: 'canvas',
  });
}
