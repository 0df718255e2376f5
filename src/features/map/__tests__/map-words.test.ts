import { mapPicture, mapState } from '../map-words';

describe('mapState and mapPicture', () => {
  it('the province map: its own colours, no place', () => {
    const picture = mapPicture(mapState(null, false, false));
    expect(picture).toEqual({ note: expect.stringMatching(/^颜色：各省辖市市级、县级项目数；/u) });
  });

  it('a drilled map names its prefecture (and the chosen county) and says what the county colours count', () => {
    expect(mapPicture(mapState('信阳市', true, false))).toEqual({
      place: '信阳市',
      note: '颜色：各县（市、区）县级项目数；红色标记为市级项目',
    });
    expect(mapPicture(mapState('信阳市', true, false, '固始县')).place).toBe('信阳市 · 固始县');
  });

  it('while the county map loads: the province is drawn, the export waits for the county map', () => {
    const picture = mapPicture(mapState('郑州市', false, false));
    expect(picture.place).toBeUndefined();
    expect(picture.pending).toBe('郑州市县区地图');
    expect(picture.note).toMatch(
      /^颜色：各省辖市市级、县级项目数；.*郑州市县区地图加载中，图中突出显示郑州市$/u,
    );
  });

  it('after the county map failed: the province is drawn and the words say so; nothing to wait for', () => {
    const picture = mapPicture(mapState('郑州市', false, true));
    expect(picture.place).toBeUndefined();
    expect(picture.pending).toBeUndefined();
    expect(picture.note).toMatch(/郑州市县区地图未能加载，图中突出显示郑州市$/u);
  });
});
