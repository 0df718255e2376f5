// Screenshots of the dashboard in Debian's Chromium, for the README and for looking at what we build.
// Usage: tsx scripts/screenshot.ts <url> <out.png> [width] [height] [--dark]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

async function main(): Promise<void> {
  const [url, out, width = '1920', height = '1080'] = process.argv.slice(2);
  if (!url || !out) throw new Error('usage: tsx scripts/screenshot.ts <url> <out.png> [width] [height]');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: Number(width), height: Number(height) },
      reducedMotion: 'reduce',
      locale: 'zh-CN',
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') console.error(`console error: ${msg.text()}`);
    });
    await page.goto(url);
    // The live chart has drawn (its canvas has pixels), not only the prerendered static map: read from the page
    // itself, so that any build can be captured, a production one (without window.__charts) too.
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-chart="map"] canvas');
      if (!canvas || canvas.width === 0) return false;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      return data.some((v, i) => i % 4 === 3 && v > 0);
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: out });
  } finally {
    await browser.close();
  }
}

await main();
