import { tourStatus } from '../tour-status';

const running = { count: 3, paused: false, holding: false };

describe('tourStatus', () => {
  it('says 仅此一项 only for exactly one project', () => {
    expect(tourStatus({ ...running, count: 1 }, 1)).toBe('仅此一项');
    expect(tourStatus({ ...running, count: 1 }, 2)).toBe('仅此一站');
    expect(tourStatus({ ...running, count: 0 }, 0)).toBe('无可轮播的项目');
  });

  it('names the running, paused and held tour', () => {
    expect(tourStatus(running, 5)).toBe('轮播中');
    expect(tourStatus({ ...running, paused: true }, 5)).toBe('已暂停');
    expect(tourStatus({ ...running, holding: true }, 5)).toBe('操作中，30 秒无操作后继续');
  });
});
