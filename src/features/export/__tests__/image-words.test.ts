import { EMPTY_FILTERS } from '../../../state/filters';
import { imageWords } from '../image-words';

describe('imageWords', () => {
  it('titles, captions with the filters and the count, and cites the notice', () => {
    const words = imageWords({ ...EMPTY_FILTERS, levels: ['county'] }, '地图');
    expect(words.title).toBe('河南省人大系统“出彩工作”（2022年度） · 地图');
    expect(words.caption).toBe('筛选：层级=县级（符合 6 / 35 项）');
    expect(words.source).toBe('来源：河南省人大常委会办公厅公示（2022-12-23）');
    expect(imageWords(EMPTY_FILTERS, null).caption).toBe('全部项目（符合 35 / 35 项）');
  });

  it('names the place shown in the title, and the chosen region in every caption', () => {
    const xinyang = { ...EMPTY_FILTERS, region: '411500' };
    const map = imageWords(xinyang, '地图', undefined, { title: '信阳市' });
    expect(map.title).toBe('河南省人大系统“出彩工作”（2022年度） · 地图 · 信阳市');
    expect(map.caption).toBe('筛选：地区=信阳市（符合 2 / 35 项）');
    expect(imageWords(xinyang, null, undefined, { title: '信阳市' }).title).toBe(
      '河南省人大系统“出彩工作”（2022年度） · 信阳市',
    );
    // The province map drawn while 信阳's counties are missing: the title names no place, the caption the filter.
    const province = imageWords(xinyang, '地图', '颜色：各省辖市市级、县级项目数');
    expect(province.title).toBe('河南省人大系统“出彩工作”（2022年度） · 地图');
    expect(province.note).toBe('颜色：各省辖市市级、县级项目数');
    expect(province.caption).toBe('筛选：地区=信阳市（符合 2 / 35 项）');
    expect(imageWords(xinyang, '按类别').title).toBe('河南省人大系统“出彩工作”（2022年度） · 按类别');
    const gushi = imageWords({ ...xinyang, county: '411525' }, '地图', undefined, {
      title: '信阳市 · 固始县',
      countyName: '固始县',
    });
    expect(gushi.title).toBe('河南省人大系统“出彩工作”（2022年度） · 地图 · 信阳市 · 固始县');
    expect(gushi.caption).toBe('筛选：地区=信阳市 · 固始县（符合 1 / 35 项）');
  });
});
