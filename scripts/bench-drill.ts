// The drill figure of `npm run bench`: a click on a prefecture → its county map painted.
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { median, type Figure } from './lib/bench-figure';
import { openMapPage } from './lib/map-page';

// Prefectures whose label point carries no marker or pin, so a click there lands on the region.
const PREFECTURES = [
  '411500',
  '411300',
  '410300',
  '411600',
  '411700',
  '411200',
  '410200',
  '410700',
  '410400',
];

/**
 * Each run clicks a prefecture it has not drilled into before (its county chunk is fetched on that first drill;
 * the pointer's arrival starts it a moment earlier, as a person's hover would) and waits for ECharts' frame that
 * holds the county map; then the breadcrumb goes back up, untimed. Animation stays on, as users have it: the zoom
 * plays after that first frame.
 */
export async function drillLatency(browser: Browser, url: string): Promise<Figure> {
  const henan = JSON.parse(readFileSync('data/geo/henan.json', 'utf8')) as {
    features: { properties: { adcode: string; cp: [number, number] } }[];
  };
  const { context, page } = await openMapPage(browser, url);
  await page.waitForTimeout(1000);
  const times: number[] = [];
  for (const code of PREFECTURES) {
    const cp = henan.features.find((f) => f.properties.adcode === code)!.properties.cp;
    // Start the clock on the button press; stop it on the first frame ECharts renders with the county map.
    await page.evaluate((wanted) => {
      const chart = window.__charts!.get('map')!;
      const w = window as unknown as { __drill?: { t0: number; t1: number } };
      w.__drill = { t0: 0, t1: 0 };
      window.addEventListener('mousedown', () => (w.__drill!.t0 = performance.now()), {
        capture: true,
        once: true,
      });
      chart.on('rendered', function painted() {
        const now = performance.now();
        const geo = (chart.getOption() as { geo: { map: string }[] }).geo[0]!;
        if (geo.map !== `counties-${wanted}`) return;
        w.__drill!.t1 = now;
        chart.off('rendered', painted);
      });
    }, code);
    const [x, y] = await page.evaluate(
      (coord) => window.__charts!.get('map')!.convertToPixel({ geoIndex: 0 }, coord) as number[],
      cp,
    );
    const box = (await page.locator('[data-chart="map"]').boundingBox())!;
    await page.mouse.click(box.x + x!, box.y + y!);
    await page.waitForFunction(() => {
      const d = (window as unknown as { __drill: { t0: number; t1: number } }).__drill;
      return d.t0 > 0 && d.t1 > 0;
    });
    times.push(
      await page.evaluate(() => {
        const d = (window as unknown as { __drill: { t0: number; t1: number } }).__drill;
        return d.t1 - d.t0;
      }),
    );
    await page.getByRole('navigation', { name: '地图层级' }).getByRole('button', { name: '河南省' }).click();
    await page.waitForFunction(
      () => (window.__charts!.get('map')!.getOption() as { geo: { map: string }[] }).geo[0]!.map === 'henan',
    );
    // Let the zoom back out finish, as a person would before the next click.
    await page.waitForTimeout(700);
  }
  await context.close();
  return {
    name: `drill: click → county map painted (median of ${times.length})`,
    value: Math.round(median(times)),
    unit: 'ms',
    budget: '≤ 250 ms',
  };
}
