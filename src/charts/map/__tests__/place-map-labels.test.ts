import { placeMapLabels } from '../place-map-labels';

describe('placeMapLabels', () => {
  it('puts a lone pin label on the right and leaves region names where they are', () => {
    expect(
      placeMapLabels({
        pins: [{ coord: [114, 34], text: '金水区' }],
        regionLabels: [{ coord: [112, 33], text: '南阳市' }],
      }),
    ).toEqual({ pinSides: ['right'], regionShifts: [0], pinLabelShown: [true], regionLabelShown: [true] });
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

describe('placeMapLabels on a small map', () => {
  // 鹤壁, 新乡 and 濮阳 (label points) with a pin between them, at a phone's scale (≈ 5 fonts per degree).
  const regionLabels = [
    { coord: [114.3, 35.75] as const, text: '鹤壁', priority: 1 },
    { coord: [114.0, 35.3] as const, text: '新乡', priority: 0 },
    { coord: [115.1, 35.8] as const, text: '濮阳', priority: 2 },
  ];

  it('keeps every name on a big map', () => {
    const { regionLabelShown } = placeMapLabels({ pins: [], regionLabels, pxPerDegreePerFont: 7 });
    expect(regionLabelShown).toEqual([true, true, true]);
  });

  it('lets the lesser of crowded names give way, and keeps the most important', () => {
    // Four names on one spot: moving up or down a line separates three at most.
    const { regionLabelShown } = placeMapLabels({
      pins: [],
      regionLabels: [
        { coord: [114.0, 35.3], text: '甲市', priority: 0 },
        { coord: [114.0, 35.3], text: '乙市', priority: 3 },
        { coord: [114.0, 35.3], text: '丙市', priority: 1 },
        { coord: [114.0, 35.3], text: '丁市', priority: 2 },
      ],
      pxPerDegreePerFont: 5,
    });
    expect(regionLabelShown[1]).toBe(true);
    expect(regionLabelShown[0]).toBe(false);
    expect(regionLabelShown.filter(Boolean).length).toBeGreaterThanOrEqual(1);
  });

  it('keeps a pin label inside the chart, or hides it', () => {
    // 虞城县 near the chart's east edge: right would be cut off.
    const bounds = [110, 31, 116.75, 37] as const;
    const { pinSides, pinLabelShown } = placeMapLabels({
      pins: [{ coord: [116.55, 34.4], text: '虞城县' }],
      regionLabels: [],
      pxPerDegreePerFont: 5,
      bounds,
    });
    expect(pinLabelShown).toEqual([true]);
    expect(pinSides[0]).not.toBe('right');
  });

  it('hides a pin label that has no free side', () => {
    const { pinLabelShown } = placeMapLabels({
      pins: [{ coord: [114, 34], text: '金水区' }],
      regionLabels: [
        { coord: [114.35, 34], text: '东边市' },
        { coord: [113.65, 34], text: '西边市' },
        { coord: [114, 34.2], text: '北边市' },
        { coord: [114, 33.8], text: '南边市' },
      ],
      pxPerDegreePerFont: 7,
    });
    expect(pinLabelShown).toEqual([false]);
  });
});
