import { projects } from '../../../data';
import { ensureHenanMap, HENAN_MAP, loadHenan } from '../../../geo';
import { echarts } from '../../../lib/echarts';
import '../../../lib/echarts-lazy-parts';
import { DARK_THEME, LIGHT_THEME } from '../../../lib/theme';
import { buildMapOption } from '../build-map-option';
import { buildMapModel } from '../map-model';

// The development build of ECharts validates options that production accepts silently; draw the real map
// option with the real geometry so a mistake shows here, not in a user's `npm run dev`.
describe('the map option', () => {
  it.each([LIGHT_THEME, DARK_THEME])(
    'draws all 18 prefectures and the markers ($name theme)',
    async (theme) => {
      await ensureHenanMap();
      const henan = await loadHenan();
      const labelPoints = new Map(henan.features.map((f) => [f.properties.adcode, f.properties.cp] as const));
      const counties = new Map([['410105', { name: '金水区', coord: [113.66, 34.8] as const }]]);
      const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 900, height: 800 });
      try {
        chart.setOption({
          ...buildMapOption({
            model: buildMapModel(projects, counties, labelPoints),
            mapName: HENAN_MAP,
            selectedRegion: '411500',
            theme,
          }),
          animation: false,
        });
        const svg = chart.renderToSVGString();
        for (const name of ['郑州市', '信阳市', '济源市', '省级 11 项', '金水区'])
          expect(svg).toContain(name);
      } finally {
        chart.dispose();
      }
    },
  );
});
