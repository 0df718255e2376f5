import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

// The built page carries a strict Content-Security-Policy (scripts only from its own origin, no eval, nothing
// fetched from elsewhere). Everything the dashboard does must work under it without a single violation.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

async function exportWith(page: Page, name: string | RegExp): Promise<void> {
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
}

test('the built page ships a strict CSP', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  // Script files from the page's own origin, and its one inline script (the boot script) by hash.
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256').update(inline[0]!).digest('base64');
  expect(directives.get('script-src')).toEqual(["'self'", `'sha256-${hash}'`]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(policy).not.toMatch(/unsafe-eval/);
});

test('load, filters, every export and presentation cause no CSP violation', async ({ page }) => {
  test.setTimeout(120_000);
  await recordViolations(page);
  await page.goto('/');
  await waitForMap(page);
  await page.waitForFunction(() =>
    ['category', 'level', 'prefecture', 'level-category'].every((n) => window.__charts?.has(n)),
  );

  await page.getByRole('button', { name: /^监督 \d+ 项$/ }).click();
  await page.getByRole('combobox', { name: '地区' }).selectOption('411500');
  await page.getByRole('searchbox').fill('监督');
  await page.getByRole('button', { name: /^重置/ }).first().click();
  // A tooltip is HTML that ECharts writes with inline styles.
  const map = (await page.locator('[data-chart="map"]').boundingBox())!;
  await page.mouse.move(map.x + map.width * 0.6, map.y + map.height * 0.75);

  for (const chart of ['地图', '按类别', '按层级', '按省辖市', '层级 × 类别']) {
    for (const format of ['导出PNG', '导出4K', '导出SVG']) await exportWith(page, `${format}：${chart}`);
  }
  await exportWith(page, '导出看板PNG');
  await exportWith(page, /^导出CSV/);
  await exportWith(page, /^导出Excel/);
  // The deck is written by pptxgenjs and its zip library, loaded on the click: no eval among them.
  await exportWith(page, '导出PPT');

  await page.getByRole('button', { name: '演示模式' }).click();
  await waitForMap(page);
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: '退出演示' }).click();
  await waitForMap(page);

  expect(await violations(page)).toEqual([]);
});
