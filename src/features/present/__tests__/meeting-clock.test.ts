import { elapsed, timeOfDay } from '../meeting-clock';

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
