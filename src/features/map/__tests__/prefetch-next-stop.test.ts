import { PROVINCE_FOCUS } from '../../../state/filters';
import { nextStopPrefecture } from '../use-prefetch-next-stop';

const group = (focus: string) => ({ focus, name: focus, projects: [] });

describe('nextStopPrefecture', () => {
  const groups = [group(PROVINCE_FOCUS), group('410100'), group('410200'), group('411500')];

  it('is the prefecture the tour visits next, after the 省级 stops too', () => {
    expect(nextStopPrefecture(groups, PROVINCE_FOCUS)).toBe('410100');
    expect(nextStopPrefecture(groups, '410100')).toBe('410200');
  });

  it('goes round to the first prefecture after the last, skipping the 省级 stop', () => {
    expect(nextStopPrefecture(groups, '411500')).toBe('410100');
  });

  it('is none when the tour has no other prefecture', () => {
    expect(nextStopPrefecture([group(PROVINCE_FOCUS), group('410100')], '410100')).toBeNull();
    expect(nextStopPrefecture([group(PROVINCE_FOCUS)], PROVINCE_FOCUS)).toBeNull();
  });
});
