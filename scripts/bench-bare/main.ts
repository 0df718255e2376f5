// The floor for `npm run bench`: the least a React + echarts-for-react page can do to draw the same choropleth
// of the same henan.json (registered once, one map series, a piecewise legend, labels). Not part of the app.
// Its labels are the regions' adcodes; `?labels=names` labels them with their Chinese names instead, as the
// dashboard does, for a second, like-for-like figure.
import EChartsReactCore from 'echarts-for-react/esm/core';
import { MapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

echarts.use([MapChart, VisualMapPiecewiseComponent, CanvasRenderer]);

const geometry = import('../../data/geo/henan.json');

async function main(): Promise<void> {
  const henan = (await geometry).default as unknown as Parameters<typeof echarts.registerMap>[1] & {
    features: { properties: { adcode: string; name: string } }[];
  };
  echarts.registerMap('henan', henan);
  const names = new Map(henan.features.map((f) => [f.properties.adcode, f.properties.name]));
  const labelNames = new URLSearchParams(location.search).get('labels') === 'names';
  const option = {
    animation: false,
    visualMap: {
      type: 'piecewise',
      pieces: [{ value: 0 }, { value: 1 }, { value: 2 }, { gte: 3 }],
      left: 8,
      bottom: 8,
    },
    series: [
      {
        type: 'map',
        map: 'henan',
        nameProperty: 'adcode',
        label: {
          show: true,
          ...(labelNames ? { formatter: ({ name }: { name: string }) => names.get(name) ?? name } : {}),
        },
        data: henan.features.map((f, i) => ({ name: f.properties.adcode, value: i % 3 })),
      },
    ],
  };
  createRoot(document.getElementById('root')!).render(
    createElement(
      'div',
      { 'data-chart': 'map', style: { width: '60vw', height: '90vh' } },
      createElement(EChartsReactCore, {
        echarts,
        option,
        style: { width: '100%', height: '100%' },
        onChartReady: (chart: ReturnType<typeof echarts.init>) => {
          (window as { __charts?: Map<string, unknown> }).__charts = new Map([['map', chart]]);
        },
      }),
    ),
  );
}

void main();
