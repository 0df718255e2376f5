import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test, waitForPaintedMap } from './fixtures';
import { NGINX_BASE, NGINX_OUT_DIR } from './nginx-site';

// The dashboard as deployed: nginx with deploy/nginx.conf, serving a build made for the sub-path /chucai/
// (CHUCAI_BASE). Relative addresses below resolve under the sub-path (the project's baseURL ends in /chucai/).
// The build is made as for production, without the test hooks: the specs here read the page as a user sees it.

/** The build has no JSON or SVG file of its own; these two stand in for one, to see nginx compress the types. */
const PROBES = { 'gzip-probe.json': JSON.stringify({ probe: 'x'.repeat(2000) }), 'gzip-probe.svg': svg() };

function svg(): string {
  const rects = Array.from({ length: 60 }, (_, i) => `<rect x="${i}" y="0" width="1" height="1"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 1">${rects}</svg>`;
}

async function get(request: APIRequestContext, path: string) {
  const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

test('nginx sends the CSP with frame-ancestors, gzip, cache headers, real 404s and a text robots.txt', async ({
  request,
}) => {
  for (const [name, text] of Object.entries(PROBES)) writeFileSync(join(NGINX_OUT_DIR, name), text);
  try {
    const page = await get(request, './');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // The header is the page's own policy (its boot script's hash included) plus what only a header can carry.
    const meta = page.body.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(page.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(page.headers['cache-control']).toBe('no-cache');

    // The entry script and stylesheet, as the page names them (under the sub-path).
    const script = page.body.match(/<script type="module"[^>]*\ssrc="([^"]+)"/)?.[1] ?? '';
    const style = page.body.match(/<link rel="stylesheet" crossorigin href="([^"]+)"/)?.[1] ?? '';
    expect(script).toMatch(new RegExp(`^${NGINX_BASE}assets/.+\\.js$`));
    expect(style).toMatch(new RegExp(`^${NGINX_BASE}assets/.+\\.css$`));
    for (const path of ['./', './index.html', script, style, ...Object.keys(PROBES)]) {
      expect((await get(request, path)).headers['content-encoding'], path).toBe('gzip');
    }
    for (const path of [script, style]) {
      const asset = await get(request, path);
      expect(asset.status, path).toBe(200);
      expect(asset.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    expect((await get(request, './index.html')).headers['cache-control']).toBe('no-cache');

    const missing = await get(request, 'assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.body).not.toContain('<div id="root">');
    expect(missing.headers['cache-control'] ?? '').not.toContain('immutable');

    const deepLink = await get(request, './?region=411500');
    expect(deepLink.status).toBe(200);
    expect(deepLink.body).toContain('<div id="root">');

    const robots = await get(request, 'robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.body).toMatch(/^User-agent: \*/);
  } finally {
    for (const name of Object.keys(PROBES)) rmSync(join(NGINX_OUT_DIR, name), { force: true });
  }
});

test('the deployed build carries no test hook: neither the page nor any script names window.__charts', async ({
  request,
}) => {
  // Every script of the build, the lazily loaded ones too, as nginx serves them.
  const scripts = readdirSync(join(NGINX_OUT_DIR, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  expect(scripts.length).toBeGreaterThan(10);
  const page = await get(request, './');
  const entry = page.body.match(/<script type="module"[^>]*\ssrc="([^"]+)"/)?.[1] ?? '';
  expect(scripts.map((path) => `${NGINX_BASE}${path}`)).toContain(entry);
  const hooked: string[] = [];
  for (const path of ['./', ...scripts]) {
    const file = await get(request, path);
    expect(file.status, path).toBe(200);
    if (file.body.includes('__charts')) hooked.push(path);
  }
  expect(hooked).toEqual([]);
});

test('under the sub-path: the map paints, a drill loads its county chunk, the map exports, presentation runs', async ({
  page,
}) => {
  const outside: string[] = [];
  const countyChunks: string[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith(NGINX_BASE) || response.status() >= 400)
      outside.push(`${response.status()} ${pathname}`);
    if (/\/assets\/411500-[\w-]+\.js$/.test(pathname)) countyChunks.push(pathname);
  });

  await page.goto('./');
  await waitForPaintedMap(page);

  await page.getByRole('combobox', { name: '地区' }).selectOption('411500');
  // The chart is named after the map it draws: the county map of 信阳市, once it is there.
  await expect(page.locator('[data-chart="map"]')).toHaveAttribute('aria-label', /^信阳市出彩工作分布地图/);
  await waitForPaintedMap(page);
  expect(countyChunks).toEqual([expect.stringMatching(new RegExp(`^${NGINX_BASE}assets/`))]);
  expect(new URL(page.url()).pathname).toBe(NGINX_BASE);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出PNG：地图' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/信阳市.*\.png$/);

  await page.getByRole('button', { name: '演示模式' }).click();
  await waitForPaintedMap(page);
  await page.getByRole('button', { name: '退出演示' }).click();
  await waitForPaintedMap(page);

  expect(outside).toEqual([]);
});
