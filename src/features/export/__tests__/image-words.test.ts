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
});
