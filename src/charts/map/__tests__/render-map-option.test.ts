import { FIXTURE } from '../../../test/fixtures';
import { countyMapName, countyShapes, HENAN_MAP, loadHenan } from '../../../geo';
import { createResourceCache } from '../../../lib/resource-cache';
import { echarts, registerMaps } from '../../../lib/echarts';
import '../../../lib/echarts-lazy-parts';
import { DARK_THEME, LIGHT_THEME } from '../../../lib/theme';
import { buildMapOption } from '../build-map-option';
import { buildMapModel } from '../map-model';
import { buildDrillOption } from '../build-drill-option';
import { buildDrillModel } from '../drill-model';

// The development build of ECharts validates options that production accepts silently; draw the real map
// option with the real geometry so a mistake shows here, not in a user's `npm run dev`.
describe('the map option', () => {
  it.each([LIGHT_THEME, DARK_THEME])(
    'draws all 18 prefectures and the markers ($name theme)',
    async (theme) => {
      const henan = await loadHenan();
      registerMaps([{ name: HENAN_MAP, geoJson: henan }]);
      const labelPoints = new Map(henan.features.map((f) => [f.properties.adcode, f.properties.cp] as const));
      const counties = new Map([['410105', { name: '金水区', coord: [113.66, 34.8] as const }]]);
      const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 900, height: 800 });
      try {
        chart.setOption({
          ...buildMapOption({
            model: buildMapModel(FIXTURE, counties, labelPoints),
            mapName: HENAN_MAP,
            selectedRegion: '411500',
            theme,
          }),
          animation: false,
        });
        const svg = chart.renderToSVGString();
        for (const name of ['郑州市', '信阳市', '济源市', '省级 2 项', '金水区']) expect(svg).toContain(name);
      } finally {
        chart.dispose();
      }
    },
  );
});

describe('the drilled map option', () => {
  it('draws 信阳’s ten counties by name, 固始县 pinned and 信阳市’s own project as its marker', async () => {
    const { shapes, geoJson } = await createResourceCache().load(countyShapes('411500')!);
    registerMaps([{ name: countyMapName('411500'), geoJson }]);
    const model = buildDrillModel(FIXTURE, '411500', shapes);
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 900, height: 700 });
    try {
      chart.setOption({
        ...buildDrillOption({
          model,
          mapName: countyMapName('411500'),
          selectedCounty: '411525',
          theme: DARK_THEME,
        }),
        animation: false,
      });
      const svg = chart.renderToSVGString();
      for (const name of ['浉河区', '固始县', '息县', '新县', '信阳市 市级 1 项'])
        expect(svg).toContain(name);
      // Adcodes key the regions; they are never shown.
      expect(svg).not.toContain('411525');
    } finally {
      chart.dispose();
    }
  });
});
