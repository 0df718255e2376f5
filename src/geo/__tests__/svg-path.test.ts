import { ringPath, simplifyRing } from '../svg-path';

describe('the static map’s path data', () => {
  it('drops points within the tolerance of the line, keeps the corners and the ends', () => {
    const ring = [
      [0, 0],
      [5, 0.2],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ] as const;
    expect(simplifyRing(ring, 0.8)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
    // A bump larger than the tolerance stays.
    expect(simplifyRing(ring, 0.1)).toHaveLength(6);
  });

  it('writes whole units, relative moves after the first point, and closes the ring', () => {
    const ring = [
      [0.4, 0.4],
      [10.2, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ] as const;
    expect(ringPath(ring)).toBe('M0 0l10 0 0 10-10 0 0-10z');
  });

  it('draws nothing for a ring that collapses to fewer than three points', () => {
    expect(
      ringPath([
        [0, 0],
        [0.1, 0.1],
        [0, 0],
      ]),
    ).toBe('');
  });
});
