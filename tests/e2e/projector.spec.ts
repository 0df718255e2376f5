import type { Page } from '@playwright/test';
import { expect, mapLabelProblems, shownMap, test, waitForMap } from './fixtures';

// Issue 26, point 9: read from the back of the room. On the presentation screen the map's names, pins and legend
// are at least 24 px at 1080p and 48 px at 4K (1 rem of the presentation layout), and do not overlap.
const SCREENS = [
  { width: 1920, height: 1080, smallest: 24 },
  { width: 3840, height: 2160, smallest: 48 },
];

/** Every text ECharts drew on the map (zrender's text spans: names, pin labels, plates, the legend) and its size. */
function drawnMapText(page: Page): Promise<{ text: string; size: number }[]> {
  return page.evaluate(() => {
    interface Span {
      type: string;
      style?: { text?: string; font?: string };
    }
    const zr = window.__charts!.get('map')!.getZr() as unknown as {
      storage: { getDisplayList: (update: boolean) => Span[] };
    };
    return zr.storage
      .getDisplayList(true)
      .filter((el) => el.type === 'tspan' && el.style?.text)
      .map((el) => ({
        text: String(el.style!.text),
        size: Number(/(\d+(?:\.\d+)?)px/.exec(el.style!.font ?? '')?.[1] ?? 0),
      }));
  });
}

async function expectLegible(page: Page, smallest: number, expected: RegExp[]) {
  const texts = await drawnMapText(page);
  for (const pattern of expected)
    expect(texts.map((t) => t.text)).toContainEqual(expect.stringMatching(pattern));
  expect(texts.filter((t) => t.size < smallest)).toEqual([]);
  expect(await mapLabelProblems(page)).toEqual([]);
}

for (const { width, height, smallest } of SCREENS) {
  test(`at ${width}×${height} the map's names, pins and legend are at least ${smallest} px and apart`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?mode=present&interval=600');
    await waitForMap(page);
    const tour = page.getByTestId('tour-announcement');
    const first = (await tour.textContent())!;
    // The 省级 stop: the province, its prefectures' names, the county pins, the 省级 plate and the legend.
    await expectLegible(page, smallest, [/^郑州/, /^金水区$/, /^省级 11 项$/, /^0 项$/]);

    // The first prefecture stop: 郑州市's counties, the pinned county, the 市级 plate and the legend.
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await shownMap(page)).map).toBe('counties-410100');
    await waitForMap(page);
    await expectLegible(page, smallest, [/^金水区$/, /^郑州市 市级 1 项$/, /^0 项$/]);

    // Every other stop, until the tour comes round to the first again: drawn as large, nothing on anything.
    for (let stop = 0; stop < 100; stop += 1) {
      const before = (await tour.textContent())!;
      await page.keyboard.press('ArrowRight');
      await expect(tour).not.toHaveText(before);
      if ((await tour.textContent()) === first) break;
      await waitForMap(page);
      await expectLegible(page, smallest, [/^0 项$/]);
    }
  });
}
