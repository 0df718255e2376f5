import { elapsed, pacing, timeOfDay } from '../meeting-clock';

describe('elapsed', () => {
  it('says minutes and seconds, and hours from the first hour on', () => {
    expect(elapsed(0)).toBe('0:00');
    expect(elapsed(65_400)).toBe('1:05');
    expect(elapsed(59 * 60_000 + 59_999)).toBe('59:59');
    expect(elapsed(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
  });

  it('never goes below zero (a clock set back)', () => {
    expect(elapsed(-5_000)).toBe('0:00');
  });
});

describe('timeOfDay', () => {
  it('shows the local time on a 24-hour clock with seconds', () => {
    const at = new Date(2026, 2, 5, 14, 3, 7).getTime();
    expect(timeOfDay(at)).toBe('14:03:07');
  });
});

describe('pacing', () => {
  const MINUTE = 60_000;
  it('gives each stop the same share of the plan: on time, behind or ahead by stops, then over time', () => {
    // 24 minutes over 24 stops: one minute each.
    expect(pacing(24, 0, 0, 24)).toEqual({ state: 'on-time', words: '按时 · 剩余 24:00' });
    expect(pacing(24, 30_000, 0, 24).state).toBe('on-time');
    expect(pacing(24, 3 * MINUTE + 5_000, 1, 24)).toEqual({
      state: 'behind',
      words: '落后 2 站 · 剩余 20:55',
    });
    expect(pacing(24, 2 * MINUTE, 4, 24)).toEqual({ state: 'ahead', words: '提前 2 站 · 剩余 22:00' });
    expect(pacing(24, 25 * MINUTE + 10_000, 23, 24)).toEqual({ state: 'over', words: '超时 1:10' });
  });

  it('counts a clock read a moment before its new start as the start', () => {
    expect(pacing(24, -400, 0, 24)).toEqual({ state: 'on-time', words: '按时 · 剩余 24:00' });
  });
});
