import { expect, mapLabelProblems, sidewaysScroll, test, waitForMap } from './fixtures';

test('phone 390×844: header, key figures and the whole map on the first screen; filters on demand', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForMap(page);
  const map = (await page.locator('[data-chart="map"]').boundingBox())!;
  expect(map.y).toBeLessThan(844);
  expect(map.y + map.height).toBeLessThanOrEqual(844);
  const figures = (await page.getByRole('region', { name: '关键数字' }).boundingBox())!;
  expect(figures.y + figures.height).toBeLessThanOrEqual(map.y);
  expect(await sidewaysScroll(page)).toBe(0);
  expect(await mapLabelProblems(page)).toEqual([]);

  // The caption stays readable: no export button on top of it.
  const caption = (await page.locator('.map-caption').boundingBox())!;
  for (const button of await page.locator('.map-export button').all()) {
    const b = (await button.boundingBox())!;
    const apart = b.y >= caption.y + caption.height || b.y + b.height <= caption.y;
    expect(apart || b.x >= caption.x + caption.width || b.x + b.width <= caption.x).toBe(true);
  }

  // The filters fold away behind 筛选 and open on demand.
  const toggle = page.getByRole('button', { name: /^筛选/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: '地区' })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: /^县级 \d+ 项$/ }).click();
  await expect(page.getByText('显示 6 / 35 项')).toBeVisible();
  await expect(toggle).toHaveText('筛选（已选 1 项）');
  expect(await sidewaysScroll(page)).toBe(0);

  // Touch targets: every visible button and field of the first screen is at least 44 px tall and wide.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.first-screen button, .first-screen select, .first-screen input')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && r.top < innerHeight)
      .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
      .map(({ el }) => el.textContent || el.getAttribute('aria-label') || el.tagName),
  );
  expect(small).toEqual([]);
});

test('phone: the list is compact and a project opens in its place', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForMap(page);
  const list = (await page.getByRole('list', { name: '项目列表' }).boundingBox())!;
  // At most two lines of title per project: 35 compact rows stay under about 85 px each (a row of full
  // summaries, as on desktop, would make the list several times longer).
  expect(list.height).toBeLessThan(3000);
  await page.getByRole('button', { name: /^№20/ }).click();
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(await sidewaysScroll(page)).toBe(0);
});

test('laptop 1366×768: 重置 shows without scrolling the filter panel; map labels keep apart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?level=city');
  await waitForMap(page);
  const column = page.locator('.filters-column');
  expect(await column.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
  const reset = page.getByRole('button', { name: '重置' });
  await expect(reset).toBeInViewport({ ratio: 1 });
  const box = (await reset.boundingBox())!;
  const panel = (await column.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height);
  await page.goto('/');
  await waitForMap(page);
  expect(await mapLabelProblems(page)).toEqual([]);
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1440, height: 900 },
  { width: 1366, height: 768 },
]) {
  test(`the map's caption is whole and above the map at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const path of ['/', '/?region=411500']) {
      await page.goto(path);
      await waitForMap(page);
      const caption = page.locator('.map-panel .map-caption');
      // Not cut short with an ellipsis, and not on the map.
      expect(await caption.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      const captionBox = (await caption.boundingBox())!;
      const mapBox = (await page.locator('[data-chart="map"]').boundingBox())!;
      expect(captionBox.y + captionBox.height).toBeLessThanOrEqual(mapBox.y);
    }
  });
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`map labels keep apart at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await waitForMap(page);
    expect(await mapLabelProblems(page)).toEqual([]);
  });
}

test('4K office screen: type, list titles and map labels grow with the screen', async ({ page }) => {
  const measure = async () => {
    await page.goto('/');
    await waitForMap(page);
    return page.evaluate(() => {
      const title = document.querySelector('.project-title')!;
      const option = window.__charts!.get('map')!.getOption() as { geo: { label: { fontSize: number } }[] };
      return {
        title: parseFloat(getComputedStyle(title).fontSize),
        label: option.geo[0]!.label.fontSize,
        filters: document.querySelector('.filters-column')!.getBoundingClientRect().width,
      };
    });
  };
  const hd = await measure();
  await page.setViewportSize({ width: 3840, height: 2160 });
  const uhd = await measure();
  expect(uhd.title / hd.title).toBeGreaterThanOrEqual(1.6);
  expect(uhd.label / hd.label).toBeGreaterThanOrEqual(1.6);
  expect(uhd.filters / hd.filters).toBeGreaterThanOrEqual(1.6);
  expect(await mapLabelProblems(page)).toEqual([]);
  expect(await sidewaysScroll(page)).toBe(0);
});
