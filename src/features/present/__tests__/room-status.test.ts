import { createListRegistry } from '../../../data';
import type { LoadedCounties } from '../../../geo';
import { createResourceCache, resourceFamily } from '../../../lib/resource-cache';
import { EMPTY_FILTERS } from '../../../state/filters';
import { buildScene } from '../../../state/scene';
import type { SceneSources, SceneView } from '../../../state/scene';
import { createDataset, createProject } from '../../../test/data-generators';
import type { RoomState, ScreenStatus } from '../presenter-link';
import {
  connectionLine,
  missingParts,
  roomTheme,
  roomTroubles,
  sameStatus,
  screenStatus,
} from '../room-status';

const NANYANG = '411300';
const projects = [
  createProject({ level: 'province' }),
  createProject({ level: 'city', prefecture: NANYANG }),
];

/** 2031's list (here), 2030's (never coming), and 南阳's county map, failed or still loading. */
async function room(counties: 'failed' | 'loading') {
  const lists = createListRegistry(
    {
      'lists/2030.json': () => new Promise(() => {}),
      'lists/2031.json': () => Promise.resolve(createDataset(projects, { year: 2031 })),
    },
    false,
  );
  const shapes = resourceFamily<string, LoadedCounties>('counties', [NANYANG], () =>
    counties === 'failed' ? Promise.reject(new Error('offline')) : new Promise(() => {}),
  );
  const sources: SceneSources = { lists, counties: shapes };
  const cache = createResourceCache();
  // What never comes stays loading; what fails is failed once its load has settled.
  void cache.load(lists.resource(2030));
  const county = cache.load(shapes(NANYANG)!).catch(() => undefined);
  await cache.load(lists.resource(2031));
  if (counties === 'failed') await county;
  const view = (over: Partial<SceneView>): SceneView => ({
    ...EMPTY_FILTERS,
    year: 2031,
    pendingYear: null,
    project: null,
    mode: 'present',
    tourFocus: null,
    ...over,
  });
  return (over: Partial<SceneView> = {}) => buildScene(view(over), cache, sources);
}

const ROOM: RoomState = {
  year: 2031,
  filters: EMPTY_FILTERS,
  stepKey: 'province',
  index: 0,
  paused: false,
  black: false,
  startedAt: 0,
  plan: null,
  version: 0,
  by: 'console',
};

const status = (over: Partial<ScreenStatus> = {}): ScreenStatus => ({
  room: ROOM,
  following: true,
  year: 2031,
  stepKey: 'province',
  missing: [],
  theme: 'dark',
  ...over,
});

describe('a screen’s report', () => {
  it('names what its scene lacks: a year still coming, the stop’s county map', async () => {
    const scene = await room('failed');
    expect(missingParts(scene())).toEqual([]);
    expect(missingParts(scene({ tourFocus: NANYANG }))).toEqual([
      { what: '南阳市县区地图', status: 'failed' },
    ]);
    expect(missingParts(scene({ pendingYear: 2030, tourFocus: NANYANG }))).toEqual([
      { what: '2030年度名单', status: 'loading' },
      { what: '南阳市县区地图', status: 'failed' },
    ]);
    // A view whose own list is not here.
    expect(missingParts(scene({ year: 2030 }))).toEqual([{ what: '2030年度名单', status: 'loading' }]);
  });

  it('carries the room it holds, the year and the stop it shows', async () => {
    const scene = await room('loading');
    const paused = { ...ROOM, paused: true };
    expect(
      screenStatus(scene({ tourFocus: NANYANG }), {
        room: paused,
        following: true,
        stepKey: NANYANG,
        theme: 'light',
      }),
    ).toEqual({
      room: paused,
      following: true,
      theme: 'light',
      year: 2031,
      stepKey: NANYANG,
      missing: [{ what: '南阳市县区地图', status: 'loading' }],
    });
  });

  it('is the same report when nothing changed, and another when anything did', () => {
    expect(sameStatus(status(), status())).toBe(true);
    expect(sameStatus(status(), status({ room: { ...ROOM, paused: true } }))).toBe(false);
    expect(sameStatus(status(), status({ following: false }))).toBe(false);
    expect(sameStatus(status(), status({ theme: 'light' }))).toBe(false);
    expect(sameStatus(status(), status({ year: 2030 }))).toBe(false);
    const failed = status({ missing: [{ what: '南阳市县区地图', status: 'failed' }] });
    expect(sameStatus(failed, status({ missing: [{ what: '南阳市县区地图', status: 'loading' }] }))).toBe(
      false,
    );
    expect(sameStatus(failed, { ...failed, missing: [...failed.missing] })).toBe(true);
  });
});

/** The line the console shows for these screens' reports, on the console's `year`. */
const line = (screens: readonly (ScreenStatus | null)[], year: number) =>
  connectionLine(screens.length, roomTroubles(screens, year));

describe('connectionLine', () => {
  it('says 未连接 without screens, and 已连接 while every screen shows what the console shows', () => {
    expect(line([], 2031)).toBe('未连接');
    expect(line([status()], 2031)).toBe('已连接');
    expect(line([status(), null], 2031)).toBe('已连接（2 个放映窗口）');
    expect(roomTroubles([status(), null], 2031)).toEqual([]);
  });

  it('names what a screen lacks next to 已连接', () => {
    const failed = status({ missing: [{ what: '南阳市县区地图', status: 'failed' }] });
    expect(line([failed], 2031)).toBe('已连接 · 放映窗口：南阳市县区地图加载失败');
    // Said once for two screens that lack the same part.
    expect(line([failed, failed, status()], 2031)).toBe(
      '已连接（3 个放映窗口） · 放映窗口：南阳市县区地图加载失败',
    );
  });

  it('never says plain 已连接 while a screen shows another year', () => {
    const coming = status({ year: 2031, missing: [{ what: '2030年度名单', status: 'loading' }] });
    expect(line([coming], 2030)).toBe('已连接 · 放映窗口：2030年度名单加载中');
    expect(line([status({ year: 2031 })], 2030)).toBe('已连接 · 放映窗口：仍显示2031年度');
    const failed = status({ year: 2031, missing: [{ what: '2030年度名单', status: 'failed' }] });
    expect(line([failed, status({ year: 2030 })], 2030)).toBe(
      '已连接（2 个放映窗口） · 放映窗口：2030年度名单加载失败',
    );
  });
});

describe('the room’s colours', () => {
  it('are the first reporting screen’s, and presentation’s dark before any screen reports', () => {
    expect(roomTheme([])).toBe('dark');
    expect(roomTheme([null, status({ theme: 'light' }), status()])).toBe('light');
  });
});
