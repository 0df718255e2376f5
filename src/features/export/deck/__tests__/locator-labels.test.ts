import { loadHenan, type PrefectureOutline } from '../../../../geo';
import { prefectureOutlines } from '../../../../geo/outline-paths';
import { insideShape, placeLocatorLabels, type LocatorLabel } from '../locator-labels';
import { LOCATOR_LABEL_SIZE, LOCATOR_PADDING } from '../locator-svg';
import { LOCATOR } from '../project-slides';
import { PT_PER_INCH } from '../slide-text';

const SIDE = LOCATOR.w * PT_PER_INCH;
const outlines = prefectureOutlines(await loadHenan(), SIDE, SIDE, LOCATOR_PADDING, 0.75);
const byName = (name: string) => outlines.find((o) => o.name === name)!;

/** Points of a grid every point (pt) that lie inside the shape. */
function shapePoints(o: PrefectureOutline): [number, number][] {
  const xs = o.rings.flat().map(([x]) => x);
  const ys = o.rings.flat().map(([, y]) => y);
  const points: [number, number][] = [];
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += 1)
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += 1)
      if (insideShape(o.rings, [x, y])) points.push([x, y]);
  return points;
}

const covers = (l: LocatorLabel, [x, y]: readonly [number, number]) =>
  Math.abs(x - l.x) <= l.w / 2 && Math.abs(y - l.y) <= l.h / 2;

/** Every name covers none of the red, stays in the picture and off the other names. */
function expectClear(chosen: readonly PrefectureOutline[]) {
  const labels = placeLocatorLabels(chosen, LOCATOR_LABEL_SIZE, SIDE, SIDE);
  expect(labels.map((l) => l.text)).toEqual(chosen.map((o) => o.name.replace(/市$/u, '')));
  for (const o of chosen) {
    const red = shapePoints(o);
    expect(red.length).toBeGreaterThan(0);
    expect(red.filter((p) => labels.some((l) => covers(l, p)))).toEqual([]);
  }
  for (const [i, l] of labels.entries()) {
    expect(l.x - l.w / 2).toBeGreaterThanOrEqual(0);
    expect(l.x + l.w / 2).toBeLessThanOrEqual(SIDE);
    expect(l.y - l.h / 2).toBeGreaterThanOrEqual(0);
    expect(l.y + l.h / 2).toBeLessThanOrEqual(SIDE);
    for (const other of labels.slice(i + 1)) {
      const apart =
        Math.abs(l.x - other.x) >= (l.w + other.w) / 2 || Math.abs(l.y - other.y) >= (l.h + other.h) / 2;
      expect(apart).toBe(true);
    }
  }
}

describe('placeLocatorLabels', () => {
  it('names 济源, the smallest prefecture, beside it: all its red shows', () => {
    expectClear([byName('济源市')]);
  });

  it('names 濮阳, 许昌 and 漯河 beside their shapes, none over another red shape', () => {
    expectClear(['濮阳市', '许昌市', '漯河市'].map(byName));
  });

  it('leaves every red shape uncovered on each shared slide of the full deck', () => {
    for (const group of [
      ['郑州市', '开封市', '洛阳市', '平顶山市'],
      ['安阳市', '鹤壁市', '新乡市', '焦作市'],
      ['三门峡市', '南阳市', '商丘市'],
      ['信阳市', '周口市', '驻马店市'],
    ])
      expectClear(group.map(byName));
  });
});
