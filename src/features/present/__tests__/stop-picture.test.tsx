// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lists } from '../../../data';
import type { ProjectList } from '../../../data';
import { countyShapes } from '../../../geo';
import type { LoadedCounties } from '../../../geo';
import { createResourceCache } from '../../../lib/resource-cache';
import type { ResourceState, Seed } from '../../../lib/resource-cache';
import { EMPTY_FILTERS, PROVINCE_FOCUS } from '../../../state/filters';
import { ResourceProvider } from '../../../state/resources';
import { useDashboard } from '../../../state/store';
import { FIXTURE_LIST } from '../../../test/fixtures';
import { StopPicture } from '../stop-picture';
import type { StopPictureProps } from '../stop-picture';
import { stopPictureDrawer } from '../stop-picture-drawer';
import type { StopPictureDrawer } from '../stop-picture-drawer';

const YEAR = lists.defaultYear;
const ZHENGZHOU = '410100';
const XINYANG = '411500';

let drawer: StopPictureDrawer;
const shapes = new Map<string, LoadedCounties>();
beforeAll(async () => {
  // jsdom has no 2D canvas: ECharts measures its labels' text by estimate instead (the browser measures it).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const cache = createResourceCache();
  drawer = await cache.load(stopPictureDrawer);
  for (const code of [ZHENGZHOU, XINYANG]) shapes.set(code, await cache.load(countyShapes(code)!));
});

const ready = <T,>(value: T): ResourceState<T> => ({ status: 'ready', value });

/** A cache with the fixture list as the year's, the drawer and 信阳's counties here, and whatever else is given. */
function cacheWith(...seeds: Seed[]) {
  return createResourceCache([
    [lists.resource(YEAR), ready<ProjectList>(FIXTURE_LIST)],
    [stopPictureDrawer, ready(drawer)],
    [countyShapes(XINYANG)!, ready(shapes.get(XINYANG)!)],
    ...seeds,
  ]);
}

const props = (focus: string | null, more: Partial<StopPictureProps> = {}): StopPictureProps => ({
  year: YEAR,
  filters: EMPTY_FILTERS,
  focus,
  theme: 'dark',
  label: '放映窗口当前画面',
  ...more,
});

function renderPicture(cache: ReturnType<typeof cacheWith>, picture: StopPictureProps) {
  const view = render(<StopPicture {...picture} />, {
    wrapper: ({ children }) => <ResourceProvider cache={cache}>{children}</ResourceProvider>,
  });
  return { ...view, rerenderWith: (next: StopPictureProps) => view.rerender(<StopPicture {...next} />) };
}

const figure = () => screen.getByRole('figure', { name: '放映窗口当前画面' });
/** The SVG document the picture shows, or null when none is shown. */
function shownSvg(): string | null {
  const img = figure().querySelector('img');
  const src = img?.getAttribute('src');
  return src ? decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, '')) : null;
}

describe('StopPicture', () => {
  it("draws the stop's county map, its counties named, in the screen's theme", () => {
    renderPicture(cacheWith(), props(XINYANG));
    expect(figure()).toHaveAttribute('data-state', 'picture');
    expect(figure()).toHaveAttribute('data-map-target', XINYANG);
    expect(screen.getByRole('img', { name: '信阳市县区地图' })).toBeInTheDocument();
    const svg = shownSvg()!;
    // A document an <img> can show: it parses as SVG.
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.tagName).toBe('svg');
    expect(svg).toContain('固始县');
    expect(svg).not.toContain('金水区');
    // The dark theme's background, as the screen's.
    expect(svg).toContain('#0b1422');
  });

  it('draws the province for the 省级 stop', () => {
    renderPicture(cacheWith(), props(PROVINCE_FOCUS, { theme: 'light' }));
    expect(figure()).toHaveAttribute('data-map-target', 'province');
    expect(screen.getByRole('img', { name: '河南省地图' })).toBeInTheDocument();
    expect(shownSvg()).toContain('信阳');
  });

  it('never shows the stop before: a new stop whose counties are coming says so, then shows its own', async () => {
    const { rerenderWith } = renderPicture(cacheWith(), props(XINYANG));
    expect(shownSvg()).toContain('固始县');
    rerenderWith(props(ZHENGZHOU));
    // At once, before anything has loaded: no picture of 信阳.
    expect(shownSvg()).toBeNull();
    expect(figure()).toHaveAttribute('data-state', 'missing');
    expect(figure()).toHaveTextContent('画面加载中：郑州市县区地图');
    await waitFor(() => expect(figure()).toHaveAttribute('data-map-target', ZHENGZHOU));
    expect(shownSvg()).toContain('金水区');
    expect(shownSvg()).not.toContain('固始县');
  });

  it('names the drawing chunk while it loads', () => {
    renderPicture(cacheWith([stopPictureDrawer, { status: 'loading' }]), props(XINYANG));
    expect(shownSvg()).toBeNull();
    expect(figure()).toHaveTextContent('画面加载中：画面绘制组件');
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });

  it('names the list while it loads', () => {
    const cache = createResourceCache([
      [lists.resource(YEAR), { status: 'loading' }],
      [stopPictureDrawer, ready(drawer)],
    ]);
    renderPicture(cache, props(XINYANG));
    expect(figure()).toHaveTextContent(`画面加载中：${YEAR}年度名单`);
  });

  it('says a failed county map failed, and 重试 loads it again', async () => {
    const cache = cacheWith([countyShapes(ZHENGZHOU)!, { status: 'failed', error: new Error('offline') }]);
    renderPicture(cache, props(ZHENGZHOU));
    expect(shownSvg()).toBeNull();
    expect(figure()).toHaveTextContent('郑州市县区地图加载失败');
    // A failure stays failed until asked again: re-rendering does not retry.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(cache.state(countyShapes(ZHENGZHOU)!).status).toBe('failed');
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    await waitFor(() => expect(figure()).toHaveAttribute('data-map-target', ZHENGZHOU));
    expect(shownSvg()).toContain('金水区');
  });

  it('says a failed drawing chunk failed, and 重试 loads it again', async () => {
    const cache = cacheWith([stopPictureDrawer, { status: 'failed', error: new Error('offline') }]);
    renderPicture(cache, props(XINYANG));
    expect(figure()).toHaveTextContent('画面绘制组件加载失败');
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    await waitFor(() => expect(shownSvg()).toContain('固始县'));
  });

  it('is a black box saying 黑屏 when the room is black, with the note over it', () => {
    renderPicture(cacheWith(), props(XINYANG, { black: true, note: '已暂停' }));
    expect(figure()).toHaveAttribute('data-state', 'black');
    expect(shownSvg()).toBeNull();
    expect(figure()).toHaveTextContent('黑屏');
    expect(figure()).toHaveTextContent('已暂停');
  });

  it("leaves the store alone: the console's own stop is not the picture's", () => {
    const before = useDashboard.getState();
    renderPicture(cacheWith(), props(XINYANG));
    const after = useDashboard.getState();
    expect(after.tourFocus).toBe(before.tourFocus);
    expect(after.mode).toBe(before.mode);
    expect(after.region).toBe(before.region);
  });

  it('draws again only when its map or theme changes, not on every render', () => {
    const draw = vi.fn(drawer.draw);
    const cache = cacheWith([stopPictureDrawer, ready({ ...drawer, draw })]);
    const { rerenderWith } = renderPicture(cache, props(XINYANG));
    for (let i = 0; i < 5; i += 1) rerenderWith(props(XINYANG, { note: `已用 ${i} 秒` }));
    expect(draw).toHaveBeenCalledTimes(1);
    rerenderWith(props(XINYANG, { theme: 'light' }));
    expect(draw).toHaveBeenCalledTimes(2);
  });
});
