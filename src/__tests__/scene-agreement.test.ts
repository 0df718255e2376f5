// The generated agreement test: whatever the view, the data, the states of what loads lazily and the order in
// which things happen (choices, late arrivals, failures, retries, year switches), every surface drawn from the
// scene agrees with every other, and a missing part is named, never replaced by another place or year.
import fc from 'fast-check';
import { CATEGORY_KEYS, createListRegistry, dashboardTitle, LEVEL_KEYS, PREFECTURES } from '../data';
import type { Category, Dataset, Level, Project } from '../data';
import { COUNTY_MAP_PREFECTURES, COUNTY_POINTS, countyShapes, provinceGeometry } from '../geo';
import type { LoadedCounties } from '../geo';
import { createResourceCache, resource, resourceFamily } from '../lib/resource-cache';
import { mapSurface } from '../features/map/map-surface';
import { buildDrillModel } from '../charts/map/drill-model';
import { buildMapModel } from '../charts/map/map-model';
import { mapWords } from '../charts/map/map-words';
import { sceneMapOption } from '../charts/map/scene-map-option';
import { LIGHT_THEME } from '../lib/theme';
import { imageWords } from '../features/export/image-words';
import { missingParts } from '../features/present/room-status';
import { PICTURE_DRAWER_LABEL, stopPictureState, stopView } from '../features/present/stop-picture-state';
import { paperContent, paperView } from '../features/paper/paper-state';
import { drilledPrefecture } from '../state/drill';
import { EMPTY_VIEW, isUnfiltered, PROVINCE_FOCUS } from '../state/filters';
import { buildScene, countyMapLabel, sceneResources, yearListLabel } from '../state/scene';
import type { Scene, SceneSources } from '../state/scene';
import { createDashboardStore, selectView } from '../state/store';
import { selectSceneView } from '../state/use-scene';
import { chooseYear } from '../state/years';

const YEARS = [2030, 2031] as const;
const WORDS = ['立法', '监督', '代表', '民主'] as const;

/** Every prefecture's counties, measured from the real geometry once: the drill's shapes. */
let SHAPES: ReadonlyMap<string, LoadedCounties>;
beforeAll(async () => {
  const cache = createResourceCache();
  SHAPES = new Map(
    await Promise.all(
      COUNTY_MAP_PREFECTURES.map(async (code) => [code, await cache.load(countyShapes(code)!)] as const),
    ),
  );
});

const countiesOf = (prefecture: string) =>
  [...COUNTY_POINTS.keys()].filter((code) => SHAPES.get(prefecture)?.shapes.some((s) => s.code === code));

/** One generated project (its id is given by its place in the list). */
const projectArb = fc.record({
  level: fc.constantFrom<Level>(...LEVEL_KEYS),
  prefecture: fc.constantFrom(...PREFECTURES.map((p) => p.code)),
  countyPick: fc.nat(),
  category: fc.constantFrom<Category>(...CATEGORY_KEYS),
  tags: fc.subarray([...CATEGORY_KEYS]),
  word: fc.constantFrom(...WORDS),
});

type ProjectSeed = fc.Arbitrary<typeof projectArb extends fc.Arbitrary<infer T> ? T : never>;

function toProjects(seeds: readonly (ProjectSeed extends fc.Arbitrary<infer T> ? T : never)[]): Project[] {
  return seeds.map((seed, i) => {
    const counties = countiesOf(seed.prefecture);
    const county = seed.level === 'county' ? counties[seed.countyPick % counties.length]! : null;
    return {
      id: i + 1,
      title: `${seed.word}项目${i + 1}`,
      unit: `单位${i + 1}`,
      summary: '简介。',
      level: seed.level,
      prefecture: seed.level === 'province' ? null : seed.prefecture,
      county,
      category: seed.category,
      tags: seed.tags.filter((t) => t !== seed.category),
      highlights: [],
    };
  });
}

/** What happens, one step at a time. */
const eventArb = fc.oneof(
  fc.record({
    kind: fc.constant('region' as const),
    code: fc.option(fc.constantFrom(...PREFECTURES.map((p) => p.code))),
  }),
  fc.record({ kind: fc.constant('county' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('category' as const), category: fc.constantFrom(...CATEGORY_KEYS) }),
  fc.record({ kind: fc.constant('level' as const), level: fc.constantFrom(...LEVEL_KEYS) }),
  fc.record({ kind: fc.constant('query' as const), query: fc.constantFrom('', ...WORDS) }),
  fc.record({ kind: fc.constant('project' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('mode' as const),
    mode: fc.constantFrom('office' as const, 'present' as const, 'presenter' as const),
  }),
  fc.record({
    kind: fc.constant('focus' as const),
    focus: fc.option(fc.constantFrom(PROVINCE_FOCUS, ...PREFECTURES.map((p) => p.code))),
  }),
  fc.record({ kind: fc.constant('year' as const), year: fc.constantFrom(...YEARS) }),
  fc.record({ kind: fc.constant('settle' as const), ok: fc.boolean(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('retry' as const) }),
);
type Event = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

/** A load the test settles when it chooses: what makes arrivals late, early or failed, in any order. */
interface Gate {
  readonly key: string;
  settle: (ok: boolean) => void;
}

/** The dashboard's state machine with its resources behind gates. */
function harness(datasets: ReadonlyMap<number, Dataset>, startYear: number) {
  const gates: Gate[] = [];
  const gated =
    <T>(key: string, value: () => T) =>
    () =>
      new Promise<T>((resolve, reject) =>
        gates.push({ key, settle: (ok) => (ok ? resolve(value()) : reject(new Error(`${key} failed`))) }),
      );
  const registry = createListRegistry(
    Object.fromEntries(YEARS.map((y) => [`lists/${y}.json`, gated(`list:${y}`, () => datasets.get(y))])),
    false,
  );
  const counties = resourceFamily('counties', COUNTY_MAP_PREFECTURES, (code) =>
    gated(`counties:${code}`, () => SHAPES.get(code)!)(),
  );
  const sources: SceneSources = { lists: registry, counties };
  // The map chart's chunk (ECharts and the province's shapes), behind a gate like everything else.
  const chartChunk = resource(
    'map-chart',
    gated('map-chart', () => ({})),
  );
  const cache = createResourceCache();
  const store = createDashboardStore();
  store.getState().setView({ ...EMPTY_VIEW, year: startYear });
  const scene = () => buildScene(selectSceneView(store.getState()), cache, sources);
  // What the app does on its own: main.tsx asks for the link's list; the scene asks for what it reads.
  const askForWhatTheSceneReads = () => {
    // A desktop wants the chart at once (main.tsx asks for it after the first paint).
    if (cache.state(chartChunk).status === 'idle') cache.load(chartChunk).catch(() => undefined);
    for (const r of sceneResources(selectSceneView(store.getState()), sources)) {
      if (cache.state(r).status === 'idle') cache.load(r).catch(() => undefined);
    }
  };
  return { gates, cache, store, sources, scene, registry, chartChunk, askForWhatTheSceneReads };
}

type Harness = ReturnType<typeof harness>;

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

async function apply(h: Harness, event: Event, chosenYears: number[]): Promise<void> {
  const s = h.store.getState();
  const scene = h.scene();
  const list = scene.status === 'ready' ? scene.list : null;
  switch (event.kind) {
    case 'region':
      s.setRegion(event.code);
      break;
    case 'county': {
      // The map offers only a county with a project of the chosen region.
      const options = [
        ...new Set(
          (list?.projects ?? []).filter((p) => p.prefecture === s.region && p.county).map((p) => p.county!),
        ),
      ];
      if (options.length > 0) s.setCounty(options[event.pick % options.length]!);
      break;
    }
    case 'category':
      s.toggleCategory(event.category);
      break;
    case 'level':
      s.toggleLevel(event.level);
      break;
    case 'query':
      s.setQuery(event.query);
      break;
    case 'project':
      if (list && list.projects.length > 0)
        s.openProject(list.projects[event.pick % list.projects.length]!.id);
      break;
    case 'mode':
      s.setMode(event.mode);
      break;
    case 'focus':
      s.setTourFocus(event.focus);
      break;
    case 'year':
      chosenYears.push(event.year);
      void chooseYear(h.cache, event.year, h.store, h.registry);
      break;
    case 'settle': {
      const gate = h.gates.splice(event.pick % Math.max(1, h.gates.length), 1)[0];
      gate?.settle(event.ok);
      break;
    }
    case 'retry': {
      // The map panel's 重试 (or the static map's note's) when the chart's chunk failed.
      if (h.cache.state(h.chartChunk).status === 'failed') h.cache.load(h.chartChunk).catch(() => undefined);
      // Every 重试 on screen: the missing list, the pending year, the county map.
      for (const r of sceneResources(selectSceneView(h.store.getState()), h.sources)) {
        if (h.cache.state(r).status === 'failed') h.cache.load(r).catch(() => undefined);
      }
      const pending = h.store.getState().pendingYear;
      if (pending !== null && h.cache.state(h.registry.resource(pending)).status === 'failed')
        void chooseYear(h.cache, pending, h.store, h.registry);
      break;
    }
  }
  await flush();
  h.askForWhatTheSceneReads();
  await flush();
}

/** Every surface the scene feeds agrees with every other, and with what is loaded. */
/**
 * The map's frame: never blank, never the static map (drawn for the default view: the newest list, unfiltered, the
 * office layout, the province) under another view, and a chart that failed to come always named.
 */
function checkMapFrame(h: Harness, scene: Scene): void {
  if (scene.status !== 'ready') return;
  const state = h.store.getState();
  const defaultView =
    scene.year === YEARS[YEARS.length - 1] &&
    state.mode === 'office' &&
    scene.map.target === null &&
    isUnfiltered(scene.filters);
  const chunk = h.cache.state(h.chartChunk).status;
  const surface = mapSurface({ chunk, staticMap: defaultView, measured: true, wanted: true });
  expect(surface.chart || surface.staticMap || surface.loading || surface.failed).toBe(true);
  if (surface.staticMap) expect(defaultView).toBe(true);
  if (chunk === 'failed') expect(surface.failed || surface.staticNote).toBe(true);
  if (chunk !== 'failed') expect(surface.failed || surface.staticNote).toBe(false);
  expect(surface.chart).toBe(chunk === 'ready');
}

/**
 * The console's picture of the tour's stop: drawn from the stop's own view (never the store's), it is the map a
 * screen presenting that stop draws, or it names every part still missing (what that screen would report, and
 * its drawing chunk, played here by the chart's chunk, with the same arrivals and failures), never another stop.
 */
function checkStopPicture(h: Harness, scene: Scene): void {
  const state = h.store.getState();
  const chunk = h.cache.state(h.chartChunk).status;
  const stop = buildScene(stopView(state.year, selectView(state), state.tourFocus), h.cache, h.sources);
  const picture = stopPictureState(stop, chunk, false);
  const lacking = [
    ...missingParts(stop),
    ...(chunk === 'ready'
      ? []
      : [{ what: PICTURE_DRAWER_LABEL, status: chunk === 'failed' ? 'failed' : 'loading' }]),
  ];
  if (lacking.length > 0) {
    expect(picture).toEqual({ kind: 'missing', parts: lacking });
    return;
  }
  if (picture.kind !== 'picture') throw new Error(`nothing is missing, yet the picture is ${picture.kind}`);
  const target = drilledPrefecture(state.region, state.tourFocus);
  expect(picture.map.target).toBe(target);
  expect(picture.map.kind).toBe(target === null ? 'province' : 'prefecture');
  if (target !== null) expect(picture.map.counties?.prefecture).toBe(target);
  // The room's screen at this stop draws this very map.
  if (state.mode === 'present' && scene.status === 'ready') expect(picture.map).toEqual(scene.map);
}

/**
 * The printed report, from any mode: the office view of the same year and filters (no stop, no opened project),
 * its map the scene's whole map when its drawings are here; else the static map only where it is true (the
 * unfiltered province), or the missing drawings named with their real state, never another view's picture.
 */
function checkPaper(h: Harness, scene: Scene, staticMapOnPage: boolean): void {
  const state = h.store.getState();
  const paper = buildScene(paperView(selectSceneView(state)), h.cache, h.sources);
  expect(paper.year).toBe(state.year);
  expect(paper.title).toBe(scene.title);
  if (paper.status !== 'ready' || scene.status !== 'ready') {
    expect(paper.status).toBe(scene.status);
    return;
  }
  // The same list, filters, figures and caption as the screen, whatever the mode.
  expect(paper.matching).toEqual(scene.matching);
  expect(paper.caption).toBe(scene.caption);
  expect(paper.map.focus).toBeNull();
  expect(paper.map.target).toBe(drilledPrefecture(state.region, null));
  if (state.mode === 'office') expect(paper.map).toEqual(scene.map);
  const drawings = h.cache.state(h.chartChunk).status;
  const content = paperContent(paper, drawings, staticMapOnPage);
  if (drawings === 'ready') {
    expect(content).toEqual({ map: { kind: 'drawn', map: paper.map }, charts: { kind: 'drawn' } });
    return;
  }
  const said = drawings === 'failed' ? '未能加载' : '尚未加载完成';
  expect(content.charts).toEqual({ kind: 'missing', words: `统计图表${said}，本页未包含统计图表。` });
  if (content.map.kind === 'static') {
    expect(staticMapOnPage).toBe(true);
    expect(paper.map.target).toBeNull();
    expect(isUnfiltered(paper.filters)).toBe(true);
  } else {
    expect(content.map).toEqual({ kind: 'missing', words: `地图${said}，本页未包含地图。` });
  }
}

function checkAgreement(h: Harness, scene: Scene, chosenYears: readonly number[]): void {
  checkMapFrame(h, scene);
  checkStopPicture(h, scene);
  // A phone's page keeps its static map while it is true (the default view); a print may come at any moment.
  checkPaper(h, scene, true);
  checkPaper(h, scene, false);
  const state = h.store.getState();
  // The address names the year chosen last (or the link's), whether or not its list has come.
  expect(selectView(state).year).toBe(chosenYears.at(-1) ?? scene.year);
  expect(scene.year).toBe(state.year);
  expect(scene.title).toBe(dashboardTitle(state.year));
  expect(scene.documentTitle).toContain(dashboardTitle(state.year));
  const listState = h.cache.state(h.registry.resource(state.year));
  if (scene.status !== 'ready') {
    // A missing list is named (its year), with its real state; nothing else stands in.
    expect(listState.status).not.toBe('ready');
    expect(scene.status).toBe(listState.status === 'failed' ? 'failed' : 'loading');
    expect(scene.what).toBe(yearListLabel(state.year));
    return;
  }
  expect(listState.status).toBe('ready');
  expect(scene.list.year).toBe(state.year);
  // A pending year is said as pending with its real state, until it is shown.
  if (state.pendingYear !== null) {
    const pendingState = h.cache.state(h.registry.resource(state.pendingYear)).status;
    if (pendingState !== 'ready')
      expect(scene.pendingYear).toEqual({
        year: state.pendingYear,
        status: pendingState === 'failed' ? 'failed' : 'loading',
      });
  } else {
    expect(scene.pendingYear).toBeNull();
  }

  // The figures count the list.
  const { figures, matching, map } = scene;
  expect(figures.total).toBe(matching.length);
  expect(figures.byLevel.province + figures.byLevel.city + figures.byLevel.county).toBe(matching.length);
  for (const p of matching) expect(scene.list.projects).toContain(p);
  // Every exported file is captioned as the page (and paper) is, and titled by what its map draws.
  const words = mapWords(map);
  const exported = imageWords(scene.list, scene.filters, '地图', words.note, {
    title: words.place,
    countyName: map.countyName,
  });
  expect(exported.caption).toBe(scene.caption);
  expect(exported.title.startsWith(scene.title)).toBe(true);

  const target = map.target;
  const countiesState = target === null ? null : h.cache.state(h.sources.counties(target)!);
  if (map.kind === 'prefecture') {
    // The drilled map is the chosen prefecture's, drawn from its own counties, and counts what the figures count.
    expect(countiesState?.status).toBe('ready');
    expect(map.counties?.prefecture).toBe(target);
    const drill = buildDrillModel(map.projects, target!, map.counties!.shapes);
    const countyTotal = drill.counties.reduce((n, c) => n + c.projects.length, 0);
    if (state.mode !== 'present' && state.county === null) {
      expect(countyTotal + drill.cityProjects.length).toBe(figures.total);
    }
    if (state.mode !== 'present' && state.county !== null) {
      expect(drill.counties.find((c) => c.code === state.county)?.projects.length ?? 0).toBe(figures.total);
    }
    expect(mapWords(map).place?.startsWith(map.targetName!)).toBe(true);
    expect(map.missing).toBeNull();
  } else {
    // The province map, standing in or not, counts exactly what the figures count.
    const model = buildMapModel(map.projects, COUNTY_POINTS, provinceGeometry().labelPoints);
    const regionTotal = model.regions.reduce((n, r) => n + r.projects.length, 0);
    expect(regionTotal + model.provinceProjects.length).toBe(figures.total);
    expect(model.provinceProjects.length).toBe(figures.byLevel.province);
    expect(model.pins.length).toBe(figures.byLevel.county);
    for (const pin of model.pins) expect(matching).toContain(pin.project);
    expect(mapWords(map).place).toBeUndefined();
    if (target === null) {
      expect(map.missing).toBeNull();
    } else {
      // The chosen prefecture's missing county map is named, with its real state; no other place is drawn.
      expect(countiesState?.status).not.toBe('ready');
      expect(map.missing).toEqual({
        what: countyMapLabel(map.targetName!),
        status: countiesState?.status === 'failed' ? 'failed' : 'loading',
      });
      if (state.region !== null) for (const p of map.projects) expect(p.prefecture).toBe(state.region);
      expect(mapWords(map).note).toContain(map.missing!.what);
    }
  }
}

/** The map's option itself (what the screen, paper and files draw) counts what the figures count. */
function checkMapOption(scene: Scene): void {
  if (scene.status !== 'ready') return;
  const option = sceneMapOption(scene.map, LIGHT_THEME, { width: 800, height: 700, fontSize: 14 });
  const series = (id: string) =>
    ((option.series ?? []) as { id?: string; data?: unknown[] }[]).find((s) => s.id === id)?.data ?? [];
  if (scene.map.kind === 'province') {
    const marker = series('province')[0] as { value: number[] };
    expect(marker.value[2]).toBe(scene.figures.byLevel.province);
    expect(series('pins')).toHaveLength(scene.figures.byLevel.county);
  } else {
    expect((option.geo as { map: string }).map).toBe(`counties-${scene.map.target}`);
  }
}

describe('every surface drawn from the scene agrees, in every loading state and order of events', () => {
  it('holds for generated lists, views, arrivals, failures, retries and year switches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(projectArb, { maxLength: 12 }),
        fc.array(projectArb, { maxLength: 12 }),
        fc.constantFrom(...YEARS),
        fc.array(eventArb, { maxLength: 14 }),
        async (seeds2030, seeds2031, startYear, events) => {
          const datasets = new Map<number, Dataset>(
            [
              [2030, seeds2030],
              [2031, seeds2031],
            ].map(([year, seeds]) => [
              year as number,
              {
                source: {
                  title: '测试公示',
                  publisher: '测试办公厅',
                  date: `${year as number}-12-01`,
                  year: year as number,
                },
                projects: toProjects(seeds as never),
              },
            ]),
          );
          const h = harness(datasets, startYear);
          const chosen: number[] = [];
          h.askForWhatTheSceneReads();
          await flush();
          checkAgreement(h, h.scene(), chosen);
          for (const event of events) {
            await apply(h, event, chosen);
            checkAgreement(h, h.scene(), chosen);
          }
          checkMapOption(h.scene());
        },
      ),
      { numRuns: 1000, verbose: 1 },
    );
    // A thousand generated runs take about 10 s alone; a busy machine may take three times that.
  }, 120_000);
});
