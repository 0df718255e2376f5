import type { Page } from '@playwright/test';
import { expect, installPausedClock, sidewaysScroll, test, waitForMap } from './fixtures';

/** A viewport in CSS px; zoom is emulated as size/zoom with deviceScaleFactor = zoom. */
interface Size {
  name: string;
  width: number;
  height: number;
  zoom?: number;
}

const TABLET_AND_ZOOM: Size[] = [
  { name: 'iPad 768×1024', width: 768, height: 1024 },
  { name: 'iPad Air 820×1180', width: 820, height: 1180 },
  { name: 'phone sideways 844×390', width: 844, height: 390 },
  { name: 'iPad sideways 1024×768', width: 1024, height: 768 },
  { name: '1366×768 at 150 %', width: 911, height: 512, zoom: 1.5 },
  { name: '1366×768 at 200 %', width: 683, height: 384, zoom: 2 },
  { name: '1920×1080 at 200 %', width: 960, height: 540, zoom: 2 },
];

/** WCAG 1.4.12 text spacing, as a user style sheet (bookmarklet) would set it. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important }`;

/** Pairs of the given visible elements whose boxes overlap (by more than half a pixel), named by their text. */
function overlaps(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const boxes = sels.flatMap((sel) =>
      [...document.querySelectorAll(sel)]
        .map((el) => ({
          name: `${sel} ${el.textContent?.slice(0, 12) ?? ''}`,
          r: el.getBoundingClientRect(),
        }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .map((b) => ({ ...b, sel })),
    );
    const hits: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.sel === b.sel) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 0.5 && y > 0.5) hits.push(`${a.name} × ${b.name}`);
      }
    }
    return hits;
  }, selectors);
}

for (const size of TABLET_AND_ZOOM) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.zoom ?? 1 });

    test('the map is the main picture: ≥ 55 % of the width, ≥ 300 px tall, nothing on it', async ({
      page,
    }) => {
      await page.goto('/');
      await waitForMap(page);
      const map = (await page.locator('[data-chart="map"]').boundingBox())!;
      expect(map.width).toBeGreaterThanOrEqual(0.55 * size.width);
      expect(map.height).toBeGreaterThanOrEqual(300);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(
        await overlaps(page, [
          '.map-export button',
          '.map-bar > *',
          '[data-chart="map"]',
          '.filter-panel input',
          '.filter-toggle',
        ]),
      ).toEqual([]);
    });
  });
}

for (const size of [
  { name: 'laptop 1280×800', width: 1280, height: 800 },
  { name: 'laptop 1366×768', width: 1366, height: 768 },
]) {
  test(`${size.name}: the map is wider than either side column`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await waitForMap(page);
    const map = (await page.locator('[data-chart="map"]').boundingBox())!;
    for (const column of ['.filters-column', '.results-column']) {
      expect(map.width).toBeGreaterThan((await page.locator(column).boundingBox())!.width);
    }
    expect(map.height).toBeGreaterThanOrEqual(300);
  });
}

/** Title-bar controls (buttons, the 年度 select) that are not wholly on the screen horizontally. */
const controlsOffScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.present-header button, .present-header select')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < 0 || r.right > document.documentElement.clientWidth + 0.5;
      })
      .map((el) => el.textContent),
  );

/** Text in the tour panel that lies outside it while the panel cannot scroll to it (it clips). */
const clippedInTourPanel = (page: Page) =>
  page.evaluate(() => {
    const panel = document.querySelector('.tour-panel')!;
    const box = panel.getBoundingClientRect();
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(panel).overflowY);
    const outside = [...panel.querySelectorAll('p, li, h2, span')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.right > innerWidth + 1;
    });
    return scrolls ? [] : outside.map((el) => el.textContent?.slice(0, 16));
  });

for (const size of [
  { name: '1366×768 at 200 %', width: 683, height: 384, zoom: 2 },
  { name: '1366×768 at 400 %', width: 342, height: 192, zoom: 4 },
  { name: 'iPad portrait 768×1024', width: 768, height: 1024 },
  { name: 'phone sideways 844×390', width: 844, height: 390 },
]) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.zoom ?? 1 });

    test('presentation: no sideways scroll, every control on screen, the tour panel scrolls', async ({
      page,
    }) => {
      await page.goto('/?mode=present');
      await waitForMap(page);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await controlsOffScreen(page)).toEqual([]);
      expect(await clippedInTourPanel(page)).toEqual([]);
      // The map stays the picture: at least 300 px tall, within the width.
      const map = (await page.locator('[data-chart="map"]').boundingBox())!;
      expect(map.height).toBeGreaterThanOrEqual(295);
      expect(map.x + map.width).toBeLessThanOrEqual(size.width);
    });
  });
}

test('presentation with WCAG text spacing at 1366×768: the tour panel scrolls to the second project', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await installPausedClock(page);
  await page.goto('/?mode=present');
  await waitForMap(page);
  await page.addStyleTag({ content: TEXT_SPACING });
  const panel = page.locator('.tour-panel');
  const second = panel.locator('.tour-project').nth(1);
  const lastFigure = second.locator('.tour-highlights li, .tour-project-unit').last();
  await panel.hover();
  await page.mouse.wheel(0, 3000);
  await expect
    .poll(async () => {
      const p = (await panel.boundingBox())!;
      const f = (await lastFigure.boundingBox())!;
      return f.y + f.height <= p.y + p.height + 1;
    })
    .toBe(true);
});

/** What a forced-colours user sees of a control: its fill, text colour and border. */
const looks = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.backgroundColor} / ${s.color} / ${s.borderTopWidth} ${s.borderTopColor}`;
  });

test.describe('Windows High Contrast (forced colours, dark)', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  });

  test('pressed filters and 深色 look different from unpressed ones; the map legend is readable', async ({
    page,
  }) => {
    await page.goto('/?cat=legislation');
    await waitForMap(page);
    const on = await looks(page, '.chip[aria-pressed="true"]');
    expect(await looks(page, '.chip[aria-pressed="false"] >> nth=0')).not.toBe(on);
    // The legend is text drawn on the canvas: it must stand out from what shows through behind the canvas.
    const ratio = await page.evaluate(() => {
      const option = window.__charts!.get('map')!.getOption() as {
        visualMap: { textStyle: { color: string } }[];
      };
      const rgb = (c: string) => {
        const probe = document.createElement('i');
        probe.style.color = c;
        probe.style.forcedColorAdjust = 'none';
        document.body.append(probe);
        const parts = getComputedStyle(probe)
          .color.match(/[\d.]+/g)!
          .map(Number);
        probe.remove();
        return parts;
      };
      const luminance = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      let el: Element | null = document.querySelector('[data-chart="map"] canvas');
      let behind = 'rgb(255, 255, 255)';
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
          behind = bg;
          break;
        }
      }
      const [a, b] = [luminance(option.visualMap[0]!.textStyle.color), luminance(behind)];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    const theme = page.getByRole('button', { name: '深色' });
    const themeOff = await looks(page, '.app-actions button[aria-pressed]');
    await theme.click();
    await expect(theme).toHaveAttribute('aria-pressed', 'true');
    expect(await looks(page, '.app-actions button[aria-pressed]')).not.toBe(themeOff);
  });

  test('presentation: the key figures’ labels are not under their numbers', async ({ page }) => {
    await page.goto('/?mode=present');
    await waitForMap(page);
    const overlapping = await page.evaluate(() => {
      // The browser paints a plate behind text in this mode as tall as the font's box: compare those boxes.
      const textBox = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect();
      };
      const pairs = [
        ...[...document.querySelectorAll('.key-figure')].map((f) => [
          f.querySelector('dt')!,
          f.querySelector('.key-value')!,
        ]),
        ...[...document.querySelectorAll('.tour-highlights li')].map((li) => [
          li.querySelector('.tour-highlight-value')!,
          li.querySelector('.tour-highlight-label')!,
        ]),
      ];
      return pairs
        .filter(([upper, lower]) => textBox(upper!).bottom > textBox(lower!).top + 1)
        .map(([upper]) => upper!.textContent);
    });
    expect(overlapping).toEqual([]);
  });
});

/** Visible buttons, fields and links of the first screen (and the presentation) smaller than 44 px either way. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#root button, #root select, #root input, #root a[href]')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ el, r }) => r.width > 0 && r.height > 0 && !el.closest('.visually-hidden, .skip-link'))
      .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
      .map(({ el }) => el.getAttribute('aria-label') || el.textContent || el.tagName),
  );

for (const size of [
  { name: 'iPad 1024×768', width: 1024, height: 768 },
  { name: 'iPad 820×1180', width: 820, height: 1180 },
  { name: 'touch screen 1920×1080', width: 1920, height: 1080 },
]) {
  test.describe(`${size.name}, touch`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: true, isMobile: true });

    test('every touch target is at least 44 px', async ({ page }) => {
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      await page.goto('/?region=411300');
      await waitForMap(page);
      if (await page.locator('.filter-toggle').isVisible()) await page.locator('.filter-toggle').click();
      await page.getByRole('button', { name: '表格' }).click();
      // The statistics (and their export buttons) load after the map.
      await page.locator('.statistics-slot').scrollIntoViewIfNeeded();
      await expect(page.locator('.chart-panel .export-button').first()).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
      await page.goto('/?mode=present');
      await waitForMap(page);
      expect(await smallTargets(page)).toEqual([]);
    });
  });
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`the drilled 南阳 and 洛阳 tables are whole at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const region of ['411300', '410300']) {
      await page.goto(`/?region=${region}`);
      await waitForMap(page);
      await page.getByRole('button', { name: '表格' }).click();
      const table = page.locator('.map-table:not(.visually-hidden)');
      await expect(table.getByRole('table')).toBeVisible();
      expect(await table.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
      const lastRow = (await table.locator('tbody tr').last().boundingBox())!;
      const panel = (await page.locator('.map-panel').boundingBox())!;
      expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(panel.y + panel.height);
    }
  });
}

test('ultra-wide 2560×1080: the province fills most of the map panel, the list uses the width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 2560, height: 1080 });
  await page.goto('/');
  await waitForMap(page);
  // Share of the map canvas' columns with any painted pixel: what is not an empty band beside the province.
  const paintedColumns = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-chart="map"] canvas')!;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let x = 0; x < width; x += 2) {
      for (let y = 0; y < height; y += 2) {
        const i = (y * width + x) * 4;
        if (data[i + 3]! > 0 && !(data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250)) {
          painted += 1;
          break;
        }
      }
    }
    return painted / Math.ceil(width / 2);
  });
  expect(paintedColumns).toBeGreaterThanOrEqual(0.6);
  // The list shows projects side by side.
  const first = (await page.locator('[data-project-id]').nth(0).boundingBox())!;
  const second = (await page.locator('[data-project-id]').nth(1).boundingBox())!;
  expect(second.y).toBeCloseTo(first.y, 0);
  expect(await sidewaysScroll(page)).toBe(0);
});
