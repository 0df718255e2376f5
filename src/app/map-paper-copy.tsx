import { createElement, useMemo } from 'react';
import { sceneMapOption } from '../charts/map/scene-map-option';
import { mapChartParts } from '../features/map/map-chart-resource';
import { usePrinting } from '../state/selectors';
import { LIGHT_THEME } from '../lib/theme';
import { useResourceStates } from '../state/resources';
import { useDashboard } from '../state/store';
import { useReadyScene } from '../state/use-scene';

/** The map's names on paper, in px of the screen box it is drawn for. */
const PAPER_LABEL_PX = 14;

/**
 * The map on paper: the scene's map (drilled, highlighted), in the light theme, drawn for the size of the map's box
 * on screen and scaled to the printed box. Canvas: the SVG renderer comes with the statistics, which may be
 * missing. A map whose chart was never made (a phone's static map) prints as its static map instead.
 */
export function MapPaperCopy() {
  const printing = usePrinting();
  const { map } = useReadyScene();
  // A live chart means ECharts, and with it the paper copy's component, has loaded.
  const PaperChart = useResourceStates().peek(mapChartParts)?.PaperChart;
  // Read as printing starts: the box the live map has then is the one it is drawn for.
  const drawn = useDashboard((s) => s.drawnCharts.has('map'));
  const box = printing && drawn ? document.querySelector<HTMLElement>('[data-chart="map"]') : null;
  const width = box?.clientWidth ?? 0;
  const height = box?.clientHeight ?? 0;
  const option = useMemo(
    () => sceneMapOption(map, LIGHT_THEME, { width, height, fontSize: PAPER_LABEL_PX }, { animation: false }),
    [map, width, height],
  );
  if (!printing || !PaperChart || width === 0 || height === 0) return null;
  return createElement(PaperChart, { name: 'map', option, width, height, renderer: 'canvas' });
}
