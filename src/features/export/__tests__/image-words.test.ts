import { createList } from '../../../test/data-generators';
import { FIXTURE } from '../../../test/fixtures';
import { EMPTY_FILTERS } from '../../../state/filters';
import { imageWords, sourceLine } from '../image-words';

// FIXTURE as another year's list, from another notice: the words must come from the list, not from literals.
const LIST = createList(FIXTURE, { year: 2031, publisher: '某省人大常委会办公厅', date: '2031-06-30' });

describe('sourceLine', () => {
  it('cites the list’s notice: who published it and when', () => {
    expect(sourceLine(LIST)).toBe('来源：某省人大常委会办公厅公示（2031-06-30）');
    expect(sourceLine(createList(FIXTURE))).toBe('来源：测试办公厅公示（2030-12-01）');
  });
});

describe('imageWords', () => {
  it('titles with the list’s year, captions with the filters and the count, and cites the notice', () => {
    const words = imageWords(LIST, { ...EMPTY_FILTERS, levels: ['county'] }, '地图');
    expect(words.title).toBe('河南省人大系统“出彩工作”（2031年度） · 地图');
    expect(words.caption).toBe('筛选：层级=县级（符合 2 / 7 项）');
    expect(words.source).toBe('来源：某省人大常委会办公厅公示（2031-06-30）');
    expect(imageWords(LIST, EMPTY_FILTERS, null).caption).toBe('全部项目（符合 7 / 7 项）');
    expect(imageWords(createList(FIXTURE.slice(0, 3)), EMPTY_FILTERS, '按类别')).toMatchObject({
      title: '河南省人大系统“出彩工作”（2030年度） · 按类别',
      caption: '全部项目（符合 3 / 3 项）',
    });
  });

  it('names the place shown in the title, and the chosen region in every caption', () => {
    const xinyang = { ...EMPTY_FILTERS, region: '411500' };
    const map = imageWords(LIST, xinyang, '地图', undefined, { title: '信阳市' });
    expect(map.title).toBe('河南省人大系统“出彩工作”（2031年度） · 地图 · 信阳市');
    expect(map.caption).toBe('筛选：地区=信阳市（符合 2 / 7 项）');
    expect(imageWords(LIST, xinyang, null, undefined, { title: '信阳市' }).title).toBe(
      '河南省人大系统“出彩工作”（2031年度） · 信阳市',
    );
    // The province map drawn while 信阳's counties are missing: the title names no place, the caption the filter.
    const province = imageWords(LIST, xinyang, '地图', '颜色：各省辖市市级、县级项目数');
    expect(province.title).toBe('河南省人大系统“出彩工作”（2031年度） · 地图');
    expect(province.note).toBe('颜色：各省辖市市级、县级项目数');
    expect(province.caption).toBe('筛选：地区=信阳市（符合 2 / 7 项）');
    expect(imageWords(LIST, xinyang, '按类别').title).toBe('河南省人大系统“出彩工作”（2031年度） · 按类别');
    const gushi = imageWords(LIST, { ...xinyang, county: '411525' }, '地图', undefined, {
      title: '信阳市 · 固始县',
      countyName: '固始县',
    });
    expect(gushi.title).toBe('河南省人大系统“出彩工作”（2031年度） · 地图 · 信阳市 · 固始县');
    expect(gushi.caption).toBe('筛选：地区=信阳市 · 固始县（符合 1 / 7 项）');
  });
});
