import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

const STAT_CHART_NAMES = ['category', 'level', 'prefecture', 'level-category'];

/** Waits for the map and, in the office layout, for the statistics below it. */
async function ready(page: Page, statistics = true): Promise<void> {
  await waitForMap(page);
  if (statistics) {
    // On a phone they sit below the whole list and load as the reader comes near them.
    await page.locator('.statistics-slot').scrollIntoViewIfNeeded();
    await page.waitForFunction((names) => names.every((n) => window.__charts?.has(n)), STAT_CHART_NAMES);
  }
}

/** Every axe-core violation (WCAG 2.1 A/AA and best practice, any impact), as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  );
}

const STATES: {
  name: string;
  size?: { width: number; height: number };
  path: string;
  prepare?: (page: Page) => Promise<void>;
  statistics?: boolean;
}[] = [
  { name: 'office', path: '/' },
  { name: 'filtered, a detail open', path: '/?cat=supervision&level=county&project=32' },
  { name: 'presentation', path: '/?mode=present', statistics: false },
  {
    name: 'dark theme',
    path: '/',
    prepare: async (page) => {
      await page.getByRole('button', { name: '深色' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    },
  },
  {
    name: 'phone 390×844, filters open',
    size: { width: 390, height: 844 },
    path: '/',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^筛选/ }).click();
      await expect(page.getByRole('combobox', { name: '地区' })).toBeVisible();
    },
  },
  {
    name: 'small phone on its side 568×320, 更多 open',
    size: { width: 568, height: 320 },
    path: '/',
    prepare: async (page) => {
      await page.getByRole('button', { name: '更多' }).click();
      await expect(page.getByRole('button', { name: '导出PPT' })).toBeVisible();
    },
  },
  { name: 'laptop 1366×768', size: { width: 1366, height: 768 }, path: '/' },
  { name: 'a region selected', path: '/?region=411500' },
];

for (const state of STATES) {
  test(`axe finds no violations: ${state.name}`, async ({ page }) => {
    if (state.size) await page.setViewportSize(state.size);
    await page.goto(state.path);
    await ready(page, state.statistics ?? true);
    await state.prepare?.(page);
    expect(await violations(page)).toEqual([]);
  });
}
