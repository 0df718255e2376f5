// The report's drawings, a lazy chunk of its own: the map and the statistics drawn for paper, as SVG (vector
// shapes and real text). It brings ECharts' SVG renderer and the charts' builders; the page's first screen never
// loads it.
import { useMemo } from 'react';
import { sceneMapOption, sceneMapShapes } from '../../charts/map/scene-map-option';
import { CHARTS } from '../../charts/chart-list';
import type { ChartLook } from '../../charts/chart-style';
import { PaperChart } from '../../components/ui/paper-chart';
import type { Project } from '../../data';
import type { PrefectureCollection } from '../../geo';
import { registerMaps } from '../../lib/echarts';
import '../../lib/echarts-lazy-parts';
import { PAPER_CHART_FONT, PAPER_CHART_WIDTH, PAPER_MAP_FRAME } from '../../lib/printing';
import { LIGHT_THEME } from '../../lib/theme';
import type { Filters } from '../../state/filters';
import type { MapScene } from '../../state/scene';

// Paper is white and still, whatever the screen shows; its type is sized for the printed chart.
const PAPER_LOOK: ChartLook = { theme: LIGHT_THEME, fontSize: PAPER_CHART_FONT, animation: false };

/** The scene's map, drawn for page 1 (not the screen's picture scaled down). */
export function PaperMap({ map, henan }: { map: MapScene; henan: PrefectureCollection }) {
  const option = useMemo(() => {
    registerMaps(sceneMapShapes(map, henan));
    return sceneMapOption(map, LIGHT_THEME, PAPER_MAP_FRAME, { animation: false });
  }, [map, henan]);
  return (
    <PaperChart
      name="map"
      option={option}
      width={PAPER_MAP_FRAME.width}
      height={PAPER_MAP_FRAME.height}
      renderer="svg"
    />
  );
}

/** The statistics, each with its heading and what it counts, drawn for half the page's width. */
export function PaperCharts({ projects, filters }: { projects: readonly Project[]; filters: Filters }) {
  return (
    <div className="paper-charts-grid">
      {CHARTS.map((chart) => (
        <figure key={chart.name} className="paper-chart-figure">
          <figcaption>
            <h3>{chart.heading}</h3>
            <p>{chart.note}</p>
          </figcaption>
          <PaperChart
            name={chart.name}
            option={chart.count(projects, filters).buildOption(PAPER_LOOK)}
            width={PAPER_CHART_WIDTH}
            height={chart.paperHeight}
            renderer="svg"
          />
        </figure>
      ))}
    </div>
  );
}
