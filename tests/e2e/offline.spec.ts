import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { listedIds, DRAWN_MAP_SHARE, paintedShare, waitForMap } from './fixtures';
import { blockNetwork, buildOffline, OFFLINE_FILE, offlineUrl } from './offline-build';

// The offline package is opened from a file (a USB stick), not from the preview server the other specs use,
// so this spec builds it itself and uses Playwright's plain test (no baseURL).
let outDir = '';

test.use({ reducedMotion: 'reduce' });

test.beforeAll(() => {
  outDir = buildOffline();
});

test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('the offline file works from file:// with every network request blocked', async ({ page, context }) => {
  test.setTimeout(90_000);
  const html = readFileSync(join(outDir, OFFLINE_FILE), 'utf8');
  // One file: no script, stylesheet or geometry is fetched from anywhere.
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
  // Its CSP allows exactly its own inline scripts, by hash, and nothing from any network.
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  // (the app and the boot script: no script-src 'self', for there are no script files)
  expect(policy).toMatch(/script-src( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  const errors: string[] = [];
  const network = await blockNetwork(context);
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));

  await page.goto(offlineUrl(outDir));
  await waitForMap(page);
  expect(await paintedShare(page)).toBeGreaterThan(DRAWN_MAP_SHARE);
  await expect(page.getByText('显示 35 / 35 项')).toBeVisible();

  // Filters work (and the county pins' geometry, loaded lazily online, is inlined here).
  await page.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  await expect(page.getByText('显示 6 / 35 项')).toBeVisible();
  expect(await listedIds(page)).toEqual([13, 18, 23, 26, 30, 32]);
  const pins = await page.evaluate(() => {
    const option = window.__charts!.get('map')!.getOption() as { series: { id: string; data: unknown[] }[] };
    return option.series.find((s) => s.id === 'pins')!.data.length;
  });
  expect(pins).toBe(6);

  // Exports are made in the page, so they work from the file too: the list as CSV, the map as PNG.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^导出CSV/ }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  // The filter line, the header and the six county-level projects.
  const lines = csvText.trim().split('\r\n');
  expect(lines).toHaveLength(8);
  expect(lines[0]).toBe('筛选：层级=县级（符合 6 / 35 项）');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^导出PNG：地图/ }).click(),
  ]);
  expect(
    readFileSync(await png.path())
      .subarray(1, 4)
      .toString('latin1'),
  ).toBe('PNG');

  // The tour runs from the file as well.
  await page.getByRole('button', { name: '演示模式' }).click();
  await waitForMap(page);
  await expect(page.getByTestId('tour-announcement')).toHaveText(/^郑州市 · 本站 1 项：/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour-announcement')).toHaveText(/^安阳市 · 本站 1 项：/);

  expect(await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations)).toEqual([]);
  expect(network, 'network requests').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});
