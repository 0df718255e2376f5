import { drilledPrefecture } from '../drill';
import { PROVINCE_FOCUS } from '../filters';

describe('drilledPrefecture', () => {
  it('follows the region filter when no tour runs', () => {
    expect(drilledPrefecture(null, null)).toBeNull();
    expect(drilledPrefecture('411500', null)).toBe('411500');
  });

  it('follows the tour stop while the tour runs: a prefecture drills in, 省级 shows the province', () => {
    expect(drilledPrefecture(null, '410100')).toBe('410100');
    expect(drilledPrefecture('411500', '410100')).toBe('410100');
    expect(drilledPrefecture('411500', PROVINCE_FOCUS)).toBeNull();
    expect(drilledPrefecture('411500', 'nonsense')).toBe('411500');
  });
});
