import { placeMapLabels } from '../place-map-labels';

describe('placeMapLabels', () => {
  it('puts a lone pin label on the right and leaves region names where they are', () => {
    expect(
      placeMapLabels({
        pins: [{ coord: [114, 34], text: '金水区' }],
        regionLabels: [{ coord: [112, 33], text: '南阳市' }],
      }),
    ).toEqual({ pinSides: ['right'], regionShifts: [0] });
  });

  it('moves a pin label off a region name', () => {
    const { pinSides } = placeMapLabels({
      pins: [{ coord: [114, 34.4], text: '华龙区' }],
      regionLabels: [{ coord: [114.45, 34.4], text: '濮阳市' }],
    });
    expect(pinSides).not.toContain('right');
  });

  it('moves a region name off a pin that sits on it', () => {
    const { regionShifts } = placeMapLabels({
      pins: [{ coord: [115.0, 34.0], text: '虞城县' }],
      regionLabels: [{ coord: [115.0, 34.0], text: '商丘市' }],
    });
    expect(regionShifts[0]).not.toBe(0);
  });

  it('keeps two neighbouring pins from covering each other', () => {
    const { pinSides } = placeMapLabels({
      pins: [
        { coord: [114, 34], text: '甲县' },
        { coord: [114.25, 34], text: '乙县' },
      ],
      regionLabels: [],
    });
    expect(pinSides[0]).not.toBe('right');
  });
});

describe('placeMapLabels with neighbouring names', () => {
  it('does not move a name onto its neighbour', () => {
    const { regionShifts } = placeMapLabels({
      pins: [{ coord: [114.4, 36.0], text: '北关区' }],
      regionLabels: [
        { coord: [114.4, 36.0], text: '安阳市' },
        { coord: [114.4, 35.8], text: '鹤壁市' },
      ],
    });
    expect(regionShifts[0]).toBe(-1);
  });
});
