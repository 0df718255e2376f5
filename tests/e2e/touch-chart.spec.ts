// A tap on the live map chart of a phone or tablet chooses the place under the finger: every prefecture's name
// and shape, every pin and its name. (The static map that stands before the chart: touch.spec.ts.)
import type { Page } from '@playwright/test';
import { appStarted, expect, makeChartByTouch, TAP_SIZES, test } from './fixtures';
import type { DrawnElement, DrawnRect, DrawnStorage } from './fixtures';

/** A place on the chart a finger aims at (chart pixels), and what a tap there must choose. */
interface Aim {
  /** A prefecture's code, `project <№>` or `province` (the 省级 marker). */
  readonly aim: string;
  /** What is aimed at, for the failure message: 「name 漯河」, 「shape 411100」, 「pin 固始县」. */
  readonly what: string;
  readonly x: number;
  readonly y: number;
}

/** How far (px) a shape's chosen point keeps from its outline and from anything drawn over the map. */
const CLEARANCE = 4;

/**
 * Where the live province chart draws what a finger can aim at, read from the chart itself: the middle of every
 * drawn name (prefectures, pins, the 省级 plate), every pin (the county pins and the 省级 marker), and for every
 * prefecture a point inside its shape, clear of its outline and of every name and pin on top of it (else clear
 * of all but its own name). Aims are exact: on a touch screen a tap that hits nothing takes whatever is drawn
 * within 22 px (zrender's coarse pointer), so a point beside its target would still seem to work.
 */
function chartAims(page: Page): Promise<{ aims: Aim[]; unaimed: string[]; prefectures: number }> {
  return page.evaluate((clearance) => {
    interface Region {
      contain: (coord: number[]) => boolean;
      /** In degrees: west, south, and the span east and north. */
      getBoundingRect: () => { x: number; y: number; width: number; height: number };
    }
    interface Option {
      geo: { regions: { name: string; label: { formatter: string } }[] }[];
      series: {
        id: string;
        label?: { formatter?: string };
        data: { name: string; value: number[] }[];
      }[];
    }
    const chart = window.__charts!.get('map')!;
    const option = chart.getOption() as unknown as Option;
    const geo = (
      chart as unknown as {
        getModel: () => {
          getComponent: (type: string) => { coordinateSystem: { getRegion: (name: string) => Region } };
        };
      }
    )
      .getModel()
      .getComponent('geo').coordinateSystem;
    const drawn = (chart.getZr() as unknown as DrawnStorage).storage.getDisplayList(true);
    const boxOf = (el: DrawnElement) => {
      const r = el.getBoundingRect().clone();
      const m = el.getComputedTransform();
      if (m) r.applyTransform(m);
      return r;
    };
    const middle = (r: DrawnRect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
    const texts = [
      ...new Set(drawn.filter((el) => el.type === 'tspan' && el.style?.text).map((el) => el.parent ?? el)),
    ].map((el) => ({ el, text: String(el.style?.text ?? ''), box: boxOf(el) }));

    const aims: Aim[] = [];
    const nameOf = new Map<string, DrawnElement>();
    for (const region of option.geo[0]!.regions) {
      const label = texts.find((t) => t.text === region.label.formatter);
      if (!label) continue;
      nameOf.set(region.name, label.el);
      aims.push({ aim: region.name, what: `name ${label.text}`, ...middle(label.box) });
    }
    const pins = option.series.find((s) => s.id === 'pins')!;
    for (const pin of pins.data) {
      const aim = `project ${pin.value[2]}`;
      const [x, y] = chart.convertToPixel({ geoIndex: 0 }, [pin.value[0]!, pin.value[1]!]) as number[];
      aims.push({ aim, what: `pin ${pin.name}`, x: x!, y: y! });
      const nearest = texts
        .filter((t) => t.text === pin.name)
        .sort(
          (a, b) =>
            Math.hypot(middle(a.box).x - x!, middle(a.box).y - y!) -
            Math.hypot(middle(b.box).x - x!, middle(b.box).y - y!),
        )[0];
      if (nearest) aims.push({ aim, what: `name ${pin.name}`, ...middle(nearest.box) });
    }
    const marker = option.series.find((s) => s.id === 'province')!;
    const plate = texts.find((t) => t.text === marker.label?.formatter);
    if (plate) {
      aims.push({ aim: 'province', what: `name ${plate.text}`, ...middle(plate.box) });
      const head = plate.el.__hostTarget;
      if (head) aims.push({ aim: 'province', what: 'pin 省级', ...middle(boxOf(head)) });
    }

    // Everything a tap can land on above the shapes (region shapes are the compound paths).
    const over = drawn
      .filter((el) => el.type !== 'compound' && !el.silent)
      .map((el) => ({ owner: el.parent ?? el, r: boxOf(el) }));
    const clear = (x: number, y: number, except: DrawnElement | undefined) =>
      over.every(
        ({ owner, r }) =>
          owner === except ||
          x < r.x - clearance ||
          x > r.x + r.width + clearance ||
          y < r.y - clearance ||
          y > r.y + r.height + clearance,
      );
    const inside = (region: Region, x: number, y: number) =>
      region.contain(chart.convertFromPixel({ geoIndex: 0 }, [x, y]) as number[]);
    const around = Array.from({ length: 8 }, (_, i) => [
      clearance * Math.cos((i * Math.PI) / 4),
      clearance * Math.sin((i * Math.PI) / 4),
    ]);
    const unaimed: string[] = [];
    for (const { name: code } of option.geo[0]!.regions) {
      const region = geo.getRegion(code);
      const degrees = region.getBoundingRect();
      const [left, bottom] = chart.convertToPixel({ geoIndex: 0 }, [degrees.x, degrees.y]) as number[];
      const [right, top] = chart.convertToPixel({ geoIndex: 0 }, [
        degrees.x + degrees.width,
        degrees.y + degrees.height,
      ]) as number[];
      const within: { x: number; y: number }[] = [];
      for (let x = Math.floor(left!); x < right!; x += 3)
        for (let y = Math.floor(top!); y < bottom!; y += 3)
          if (inside(region, x, y) && around.every(([dx, dy]) => inside(region, x + dx!, y + dy!)))
            within.push({ x, y });
      // Clear of every name and pin; failing that, of all but its own name (a tap there is its own too).
      let spots = within.filter((p) => clear(p.x, p.y, undefined));
      if (spots.length === 0) spots = within.filter((p) => clear(p.x, p.y, nameOf.get(code)));
      if (spots.length === 0) {
        unaimed.push(`shape ${code} → covered: no spot to aim at`);
        continue;
      }
      // The spot nearest the middle of them all: well inside, away from the edges of what covers it.
      const mx = spots.reduce((sum, p) => sum + p.x, 0) / spots.length;
      const my = spots.reduce((sum, p) => sum + p.y, 0) / spots.length;
      const spot = spots.sort((a, b) => Math.hypot(a.x - mx, a.y - my) - Math.hypot(b.x - mx, b.y - my))[0]!;
      aims.push({ aim: code, what: `shape ${code}`, ...spot });
    }
    return { aims, unaimed, prefectures: option.geo[0]!.regions.length };
  }, CLEARANCE);
}

/** Scrolls the page so that a chart point is on screen; its place in the viewport, where a finger lands. */
function onScreen(page: Page, at: { x: number; y: number }) {
  return page.evaluate(({ x, y }) => {
    const frame = document.querySelector('[data-chart="map"]')!;
    let box = frame.getBoundingClientRect();
    if (box.top + y < 8 || box.top + y > innerHeight - 8) {
      window.scrollBy(0, box.top + y - innerHeight / 2);
      box = frame.getBoundingClientRect();
    }
    return { x: box.left + x, y: box.top + y };
  }, at);
}

/** What the app chose after a tap, read from the address: a code, `project <№>`, `province` or 'nothing'. */
async function chosen(page: Page): Promise<string> {
  const search = await page
    .waitForFunction(() => location.search || null, null, { timeout: 2_000 })
    .then((handle) => handle.jsonValue() as Promise<string>)
    .catch(() => '');
  const params = new URLSearchParams(search);
  if (!search) return 'nothing';
  if (params.get('region')) return params.get('region')!;
  if (params.get('project')) return `project ${params.get('project')}`;
  if (params.get('level') === 'province') return 'province';
  return search;
}

/** Back to the province map as first drawn: nothing chosen, nothing open. */
async function backToProvince(page: Page): Promise<void> {
  await page.evaluate(() => history.back());
  await page.waitForFunction(() => {
    const option = window.__charts?.get('map')?.getOption() as
      { geo: { map: string; regions: { selected?: boolean }[] }[] } | undefined;
    const geo = option?.geo[0];
    return location.search === '' && geo?.map === 'henan' && !geo.regions.some((r) => r.selected);
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

for (const size of TAP_SIZES) {
  test.describe(`tapping the chart at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    test('a tap on every prefecture’s name and shape, every pin and its name, chooses that place', async ({
      page,
    }) => {
      await page.goto('/');
      await appStarted(page);
      await makeChartByTouch(page);
      const { aims, unaimed, prefectures } = await chartAims(page);
      expect(prefectures).toBe(18);
      const mistaps = [...unaimed];
      for (const { aim, what, x, y } of aims) {
        const at = await onScreen(page, { x, y });
        await page.touchscreen.tap(at.x, at.y);
        const lands = await chosen(page);
        if (lands !== aim) mistaps.push(`${what} → ${lands}`);
        if (lands !== 'nothing') await backToProvince(page);
      }
      expect(mistaps).toEqual([]);
    });
  });
}
