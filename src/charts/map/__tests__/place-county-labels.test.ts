import { placeCountyLabels } from '../place-county-labels';

const FONT = 14;

describe('placeCountyLabels', () => {
  it('leaves names that do not touch where they are', () => {
    const spots = placeCountyLabels(
      [
        { x: 100, y: 100, text: '固始县', priority: 1 },
        { x: 300, y: 100, text: '息县', priority: 1 },
      ],
      FONT,
    );
    expect(spots).toEqual([
      { dx: 0, dy: 0, shown: true },
      { dx: 0, dy: 0, shown: true },
    ]);
  });

  it('moves the lesser of two clashing names a line away', () => {
    const [first, second] = placeCountyLabels(
      [
        { x: 100, y: 100, text: '上街区', priority: 1 },
        { x: 110, y: 104, text: '荥阳市', priority: 2 },
      ],
      FONT,
    );
    expect(second).toEqual({ dx: 0, dy: 0, shown: true });
    expect(first!.shown).toBe(true);
    expect(first!.dy).toBeLessThan(0);
  });

  it('hides a name with no free spot, and keeps clear of obstacles', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => ({
      x: 100,
      y: 100,
      text: '管城回族区',
      priority: 6 - i,
    }));
    const spots = placeCountyLabels(crowd, FONT);
    expect(spots[0]).toEqual({ dx: 0, dy: 0, shown: true });
    expect(spots.filter((s) => !s.shown).length).toBeGreaterThan(0);
    const [blocked] = placeCountyLabels([{ x: 100, y: 100, text: '金水区', priority: 1 }], FONT, [
      { x: 60, y: 90, width: 80, height: 20 },
    ]);
    expect(blocked).not.toEqual({ dx: 0, dy: 0, shown: true });
  });
});
