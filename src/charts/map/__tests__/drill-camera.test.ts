import { geometryBounds, unionBounds } from '../../../geo';
import type { Bounds } from '../../../geo';
import { cameraTransform, drillCamera, mapRect, pointInRect } from '../drill-camera';

const PROVINCE: Bounds = [110, 31, 117, 37];
const PREFECTURES = new Map<string, Bounds>([
  ['A', [115, 31, 117, 33]],
  ['B', [110, 35, 111, 37]],
]);
const bounds = (code: string) => PREFECTURES.get(code);

describe('mapRect / pointInRect', () => {
  it('fits the map into 96 % of the shorter side, centred at 52 % / 50 %', () => {
    const rect = mapRect([0, 0, 1, 1], 1000, 500);
    // aspect 0.83 < 1: full height, narrower width.
    expect(rect.height).toBeCloseTo(480);
    expect(rect.width).toBeCloseTo(480 * 0.83);
    expect(rect.x + rect.width / 2).toBeCloseTo(520);
    expect(pointInRect([0, 0, 1, 1], rect, [0, 1])).toEqual({ x: rect.x, y: rect.y });
  });

  it('finds the bounds of nested coordinates', () => {
    expect(
      geometryBounds({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [1, 2],
              [3, 4],
              [0, 5],
            ],
          ],
          [[[2, -1]]],
        ],
      }),
    ).toEqual([0, -1, 3, 5]);
  });

  it('joins bounds into the box around them all', () => {
    expect(
      unionBounds([
        [1, 2, 3, 4],
        [0, 3, 2, 6],
      ]),
    ).toEqual([0, 2, 3, 6]);
  });
});

describe('drillCamera', () => {
  it('does not fly when the view stays', () => {
    expect(drillCamera({ kind: 'province' }, { kind: 'province' }, PROVINCE, bounds, 800, 600)).toBeNull();
    const a = { kind: 'prefecture', code: 'A' } as const;
    expect(drillCamera(a, a, PROVINCE, bounds, 800, 600)).toBeNull();
  });

  it('starts a drill-in with the prefecture where the province map showed it', () => {
    const camera = drillCamera(
      { kind: 'province' },
      { kind: 'prefecture', code: 'A' },
      PROVINCE,
      bounds,
      800,
      600,
    )!;
    const full = mapRect(PREFECTURES.get('A')!, 800, 600);
    const inProvince = mapRect(PROVINCE, 800, 600);
    const expected = pointInRect(PROVINCE, inProvince, [115, 33]);
    // The new picture's top left corner of A, moved by the camera, lands on A's corner in the province view.
    expect(full.x * camera.scale + camera.x).toBeCloseTo(expected.x);
    expect(full.y * camera.scale + camera.y).toBeCloseTo(expected.y);
    expect(camera.scale).toBeLessThan(1);
  });

  it('zooms out when going back up, and pans from one prefecture to another', () => {
    const up = drillCamera(
      { kind: 'prefecture', code: 'A' },
      { kind: 'province' },
      PROVINCE,
      bounds,
      800,
      600,
    )!;
    expect(up.scale).toBeGreaterThan(1);
    const across = drillCamera(
      { kind: 'prefecture', code: 'A' },
      { kind: 'prefecture', code: 'B' },
      PROVINCE,
      bounds,
      800,
      600,
    )!;
    expect(across).not.toBeNull();
    expect(cameraTransform({ scale: 0.5, x: 10.12345, y: -3 })).toBe('translate(10.123px, -3px) scale(0.5)');
  });
});
