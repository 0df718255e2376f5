// Ctrl+P: an A4 landscape report with the map, the four statistics and the list, and none of the controls.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, listedIds, test, waitForMap } from './fixtures';

const run = promisify(execFile);
const squeeze = (text: string) => text.replace(/\s+/gu, '');

declare global {
  interface Window {
    /** What the page looked like when it called print() (recorded by the test instead of a dialog). */
    __printed?: { charts: string[]; theme: string | undefined };
  }
}

test('Ctrl+P loads the statistics and switches to the light theme before printing, then switches back', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      window.__printed = {
        charts: [...(window.__charts?.keys() ?? [])].sort(),
        theme: document.documentElement.dataset.theme,
      };
    };
  });
  await page.goto('/?level=county');
  await waitForMap(page);
  await page.getByRole('button', { name: '深色' }).click();
  await page.keyboard.press('Control+P');
  await page.waitForFunction(() => window.__printed !== undefined);
  const printed = await page.evaluate(() => window.__printed!);
  expect(printed.charts).toEqual(['category', 'level', 'level-category', 'map', 'prefecture']);
  expect(printed.theme).not.toBe('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('printing from the browser menu redraws the charts light and still before the page is captured', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: '深色' }).click();
  await page.waitForFunction(() => ['map', 'category'].every((name) => window.__charts?.has(name)));
  // The menu's Print fires beforeprint and captures the page as soon as the handlers return: read the charts in
  // the same task, before anything else could run.
  const during = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    const look = (name: string) => {
      const option = window.__charts!.get(name)!.getOption() as {
        animation?: boolean;
        geo?: { label?: { color?: string } }[];
        yAxis?: { axisLabel?: { color?: string } }[];
      };
      return {
        animation: option.animation,
        text: option.geo?.[0]?.label?.color ?? option.yAxis?.[0]?.axisLabel?.color,
      };
    };
    return { theme: document.documentElement.dataset.theme, map: look('map'), category: look('category') };
  });
  // The light theme's text colour (#1f2329), not the dark theme's (#f2f4f7), and no animation under way.
  expect(during).toEqual({
    theme: 'light',
    map: { animation: false, text: '#1f2329' },
    category: { animation: false, text: '#1f2329' },
  });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
});

test('the printed report is A4 landscape: title, filters, map, charts, the list with units, no buttons', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'print-e2e-'));
  try {
    await page.goto('/?level=county');
    await waitForMap(page);
    await page.waitForFunction(() =>
      ['category', 'level', 'prefecture', 'level-category'].every((n) => window.__charts?.has(n)),
    );
    const ids = await listedIds(page);
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

    const { stdout: info } = await run('pdfinfo', [pdf]);
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(info) ?? [];
    expect(Math.round(Number(width))).toBe(842);
    expect(Math.round(Number(height))).toBe(595);

    const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']);
    const text = squeeze(stdout);
    expect(text).toContain(squeeze('河南省人大系统“出彩工作”（2022年度）'));
    expect(text).toContain(squeeze('筛选：层级=县级（符合 6 / 35 项）'));
    for (const heading of ['统计图表', '按类别', '按层级', '按省辖市', '层级×类别', '项目列表']) {
      expect(text).toContain(heading);
    }
    const data = JSON.parse(await readFile('data/projects.json', 'utf8')) as {
      projects: { id: number; title: string; unit: string }[];
    };
    for (const p of data.projects.filter((x) => ids.includes(x.id))) {
      expect(text).toContain(squeeze(p.title));
      expect(text).toContain(squeeze(p.unit));
    }
    for (const control of ['导出PNG', '导出PPT', '导出CSV', '演示模式', '深色', '重置']) {
      expect(text, control).not.toContain(control);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
