import type { MapScene, MissingPart } from '../../../state/scene';
import { mapWords } from '../map-words';

/** A map scene as buildScene makes it, for the parts the words read. */
function mapScene(
  target: string | null,
  {
    drawn = false,
    missing = null,
    county,
    region = target,
  }: {
    drawn?: boolean;
    missing?: MissingPart | null;
    county?: string;
    region?: string | null;
  } = {},
): MapScene {
  return {
    kind: drawn ? 'prefecture' : 'province',
    target: target && '411500',
    targetName: target,
    counties: null,
    projects: [],
    selectedRegion: region && '411500',
    focus: null,
    selectedCounty: null,
    countyName: county,
    missing,
  };
}

describe('mapWords', () => {
  it('the province map: its own colours, no place', () => {
    const picture = mapWords(mapScene(null));
    expect(picture).toEqual({ note: expect.stringMatching(/^颜色：各省辖市市级、县级项目数；/u) });
  });

  it('a drilled map names its prefecture (and the chosen county) and says what the county colours count', () => {
    expect(mapWords(mapScene('信阳市', { drawn: true }))).toEqual({
      place: '信阳市',
      note: '颜色：各县（市、区）县级项目数；红色标记为市级项目',
    });
    expect(mapWords(mapScene('信阳市', { drawn: true, county: '固始县' })).place).toBe('信阳市 · 固始县');
  });

  it('while the county map loads: the province counts only the chosen prefecture, the export waits', () => {
    const picture = mapWords(mapScene('郑州市', { missing: { what: '郑州市县区地图', status: 'loading' } }));
    expect(picture.place).toBeUndefined();
    expect(picture.pending).toBe('郑州市县区地图');
    expect(picture.note).toBe(
      '颜色：各省辖市市级、县级项目数（仅郑州市）；郑州市县区地图加载中，图中突出显示郑州市',
    );
  });

  it('after the county map failed: the words say so; nothing to wait for', () => {
    const picture = mapWords(mapScene('郑州市', { missing: { what: '郑州市县区地图', status: 'failed' } }));
    expect(picture.place).toBeUndefined();
    expect(picture.pending).toBeUndefined();
    expect(picture.note).toMatch(/郑州市县区地图未能加载，图中突出显示郑州市$/u);
  });

  it('a tour stop whose county map is missing: the whole province is counted, with its 省级 marker', () => {
    const picture = mapWords(
      mapScene('郑州市', { region: null, missing: { what: '郑州市县区地图', status: 'failed' } }),
    );
    expect(picture.note).toMatch(/^颜色：各省辖市市级、县级项目数；金色标记为省级项目/u);
  });
});
