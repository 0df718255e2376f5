import type { Project } from '../../../data';
import { PREFECTURES } from '../../../data';
import { FIXTURE } from '../../../test/fixtures';
import { LIGHT_THEME } from '../../../lib/theme';
import { buildMapOption } from '../build-map-option';
import { tooltipHtml } from '../map-tooltip';
import { buildMapModel } from '../map-model';
import type { CountyLookup } from '../map-model';

const COUNTIES: CountyLookup = new Map([['410105', { name: '金水区', coord: [113.66, 34.8] as const }]]);

function option(matching: readonly Project[], selectedRegion: string | null = null) {
  return buildMapOption({
    model: buildMapModel(matching, COUNTIES),
    mapName: 'henan',
    selectedRegion,
    theme: LIGHT_THEME,
  });
}

type Series = { id: string; data: { name: string; value: unknown }[] };
const series = (o: ReturnType<typeof option>, id: string) =>
  (o.series as Series[]).find((s) => s.id === id) as Series;

describe('buildMapOption', () => {
  it('counts city- and county-level projects per prefecture and keeps province-level ones apart', () => {
    const o = option(FIXTURE);
    const regions = series(o, 'regions').data;
    expect(regions).toHaveLength(PREFECTURES.length);
    // Regions are keyed by adcode (410100 is 郑州市).
    const zhengzhou = regions.find((r) => r.name === '410100');
    // Zhengzhou has its city project (№3) and the Jinshui county project (№4), not the 2 provincial ones.
    expect(zhengzhou?.value).toBe(2);
    expect(regions.reduce((sum, r) => sum + Number(r.value), 0)).toBe(5);
    const province = series(o, 'province').data[0];
    expect((province?.value as number[])[2]).toBe(2);
  });

  it('draws a pin per county-level project whose county is known', () => {
    // №6's county (固始县) is not in the lookup: no pin for it.
    const pins = series(option(FIXTURE), 'pins').data;
    expect(pins).toMatchObject([{ name: '金水区', value: [113.66, 34.8, 4] }]);
    expect(pins).toHaveLength(1);
  });

  it('marks the selected region and dims the others', () => {
    const o = option(FIXTURE, '411500');
    const geo = o.geo as {
      nameProperty: string;
      regions: {
        name: string;
        selected: boolean;
        itemStyle: { opacity?: number };
        label: { formatter: string };
      }[];
    };
    expect(geo.nameProperty).toBe('adcode');
    const selected = geo.regions.filter((r) => r.selected);
    expect(selected.map((r) => [r.name, r.label.formatter])).toEqual([['411500', '信阳市']]);
    expect(geo.regions.filter((r) => r.itemStyle.opacity !== undefined)).toHaveLength(PREFECTURES.length - 1);
  });
});

describe('tooltipHtml', () => {
  it('escapes every text from the data', () => {
    const evil = { ...FIXTURE[0]!, title: '<img src=x onerror=alert(1)>&"' } as Project;
    const html = tooltipHtml('<b>区</b>', '注', [evil]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>区</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;&quot;');
  });

  it('lists № and title, and says when nothing matches', () => {
    expect(tooltipHtml('郑州市', '', [FIXTURE[2]!])).toContain('№3');
    expect(tooltipHtml('郑州市', '', [])).toContain('无匹配项目');
  });
});

describe('map labels', () => {
  it('switch to the light colour on fills too dark for the dark text (WCAG AA)', () => {
    const four = FIXTURE.filter((p) => p.level !== 'province')
      .slice(0, 4)
      .map((p) => ({ ...p, prefecture: '411500' }));
    const geo = option(four).geo as { regions: { name: string; label: { color: string } }[] };
    const label = (code: string) => geo.regions.find((r) => r.name === code)!.label.color;
    expect(label('411500')).toBe(LIGHT_THEME.background);
    expect(label('410100')).toBe(LIGHT_THEME.text);
  });
});
