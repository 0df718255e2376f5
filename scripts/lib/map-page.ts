// Opens the dashboard (or the bench's bare map) for a measurement: a fresh context, and the page's own record of
// the first frame in which its map has pixels.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

declare global {
  interface Window {
    /** performance.now() at the first animation frame whose map canvas has pixels (set by the bench). */
    __firstMapFrame?: number;
    /**
     * performance.now() at the first animation frame after one that showed a map at all: the prerendered static
     * map, or the chart (set by the bench; the bare page has only the chart).
     */
    __firstAnyMapFrame?: number;
  }
}

/**
 * Records, in the page itself, the first animation frame at which the map canvas has pixels: the frame after the
 * one that drew it. Polling from the test process instead would add round trips, and page.goto would add the
 * wait for the load event, neither of which a viewer sees.
 */
function recordFirstMapFrame(): void {
  let staticMapShown = false;
  const lookForAny = () => {
    if (staticMapShown || window.__firstMapFrame !== undefined) {
      window.__firstAnyMapFrame ??= performance.now();
      return;
    }
    const svg = document.querySelector('.map-static svg');
    // Laid out in this frame: painted with it, so the next frame is the one after the map was shown.
    staticMapShown = svg !== null && svg.getBoundingClientRect().width > 0;
    requestAnimationFrame(lookForAny);
  };
  requestAnimationFrame(lookForAny);
  const look = () => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-chart="map"] canvas');
    const row =
      canvas && canvas.width > 0
        ? canvas.getContext('2d')?.getImageData(0, Math.floor(canvas.height / 2), canvas.width, 1).data
        : undefined;
    if (row?.some((v, i) => i % 4 === 3 && v > 0)) {
      window.__firstMapFrame = performance.now();
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** A 1920×1080 page in a fresh context (cold cache) at `url`, once its map has been painted. */
export async function openMapPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; firstMapFrame: number; firstAnyMapFrame: number }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, ...options });
  // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper that does not
  // exist in the page; give the page a no-op one so functions sent to it run as written.
  await context.addInitScript('window.__name = (f) => f');
  await context.addInitScript(recordFirstMapFrame);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const frame = await page.waitForFunction(() => window.__firstMapFrame);
  const any = await page.waitForFunction(() => window.__firstAnyMapFrame);
  return {
    context,
    page,
    firstMapFrame: (await frame.jsonValue()) as number,
    firstAnyMapFrame: (await any.jsonValue()) as number,
  };
}
