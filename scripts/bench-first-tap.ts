// The first-tap figure of `npm run bench`: a phone on a slow link taps a prefecture on the untouched static map →
// the chart shows its counties.
import type { Browser } from '@playwright/test';
import { median, type Figure } from './lib/bench-figure';

/** Lighthouse's mobile preset: slow 4G (1.6 Mbit/s down, 150 ms) and a CPU four times slower. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const CPU_SLOWDOWN = 4;
/** 漯河市: its name, tapped on a 390×844 phone. */
const TAPPED = '411100';
/** How long the phone rests on its first screen before the tap (reading it). */
const READING_MS = 5000;

/**
 * Each run opens the page on a 390×844 touch phone in a fresh context (cold cache) with the network and CPU slowed
 * through the DevTools protocol, lets it rest on the first screen, taps 漯河's name on the static map and times, in
 * the page, the touch to the first animation frame in which the chart shows 漯河's counties.
 */
export async function firstTapOnSlowPhone(browser: Browser, url: string, runs = 3): Promise<Figure> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url);
    await page.waitForTimeout(READING_MS);
    await page.evaluate((wanted) => {
      const w = window as unknown as { __tap: { t0: number; t1: number } };
      w.__tap = { t0: 0, t1: 0 };
      window.addEventListener('touchstart', (event) => (w.__tap.t0 = event.timeStamp), {
        capture: true,
        once: true,
      });
      const look = () => {
        const geo = (window.__charts?.get('map')?.getOption() as { geo: { map: string }[] } | undefined)
          ?.geo[0];
        if (geo?.map === `counties-${wanted}`) w.__tap.t1 = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, TAPPED);
    const label = page.locator(`.map-static-label[data-region="${TAPPED}"]`);
    await label.scrollIntoViewIfNeeded();
    const box = (await label.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => (window as unknown as { __tap: { t1: number } }).__tap.t1 > 0, null, {
      timeout: 60_000,
    });
    times.push(
      await page.evaluate(() => {
        const { t0, t1 } = (window as unknown as { __tap: { t0: number; t1: number } }).__tap;
        return t1 - t0;
      }),
    );
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b).map(Math.round);
  return {
    name: `first tap on a phone, slow 4G, CPU ×4 → drilled map, median of ${runs} (${sorted.join(', ')} ms)`,
    value: Math.round(median(times)),
    unit: 'ms',
    budget: '≈ 1 s',
  };
}
