import { readdirSync } from 'node:fs';
import {
  CATEGORY_KEYS,
  CATEGORY_LABELS,
  createListRegistry,
  dashboardTitle,
  LEVEL_KEYS,
  LEVEL_LABELS,
  lists,
} from '..';
import type { ListLoader, ListRegistry } from '..';
import { createResourceCache } from '../../lib/resource-cache';

/** Loads a year through a fresh cache, as the app loads it through its own. */
const load = (registry: ListRegistry, year: number) => createResourceCache().load(registry.resource(year));

// Two tiny lists, loaded the way the app loads data/lists: one lazily imported JSON file per year.
const FILES = import.meta.glob<unknown>('./fixtures/lists/*.json', { import: 'default' });
const file = (year: number): ListLoader => FILES[`./fixtures/lists/${year}.json`]!;

describe('createListRegistry', () => {
  it('knows the years from the file names, newest first; the newest is the default', () => {
    const registry = createListRegistry(FILES);
    expect(registry.years).toEqual([2031, 2030]);
    expect(registry.defaultYear).toBe(2031);
  });

  it('loads a year’s list: its notice, its projects in № order, found by №', async () => {
    const list = await load(createListRegistry(FILES), 2030);
    expect(list.year).toBe(2030);
    expect(list.source).toEqual({
      title: '关于测试名单的公示',
      publisher: '测试办公厅',
      date: '2030-12-01',
      year: 2030,
    });
    expect(list.projects.map((p) => p.id)).toEqual([1, 2]);
    expect(list.projectById(2)?.unit).toBe('郑州市金水区人大常委会');
    expect(list.projectById(3)).toBeUndefined();
  });

  it('hands out deep-frozen objects', async () => {
    const list = await load(createListRegistry(FILES, false), 2030);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list.projects)).toBe(true);
    expect(Object.isFrozen(list.source)).toBe(true);
    expect(Object.isFrozen(list.projectById(1)!.highlights[0])).toBe(true);
    expect(Object.isFrozen(list.projectById(2)!.tags)).toBe(true);
  });

  it('loads each list once, on first use, and then has it at hand', async () => {
    const loader = vi.fn(file(2031));
    const registry = createListRegistry({ './lists/2030.json': file(2030), './lists/2031.json': loader });
    const cache = createResourceCache();
    expect(cache.state(registry.resource(2031)).status).toBe('idle');
    expect(loader).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([
      cache.load(registry.resource(2031)),
      cache.load(registry.resource(2031)),
    ]);
    expect(second).toBe(first);
    expect(await cache.load(registry.resource(2031))).toBe(first);
    expect(cache.peek(registry.resource(2031))).toBe(first);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(cache.peek(registry.resource(2030))).toBeUndefined();
  });

  it('has no resource for a year without a list', () => {
    expect(() => createListRegistry(FILES).resource(1999)).toThrow('no list for 1999');
  });

  it('is failed after a failed download, and loads again when asked again', async () => {
    const loader = vi
      .fn<ListLoader>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockImplementation(file(2030));
    const registry = createListRegistry({ './lists/2030.json': loader });
    const cache = createResourceCache();
    await expect(cache.load(registry.resource(2030))).rejects.toThrow('offline');
    expect(cache.state(registry.resource(2030)).status).toBe('failed');
    expect((await cache.load(registry.resource(2030))).projects).toHaveLength(2);
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('refuses a list file not named <year>.json, and a registry without lists', () => {
    for (const name of ['./lists/latest.json', './lists/2030-draft.json', './lists/203.json']) {
      expect(() => createListRegistry({ ...FILES, [name]: file(2030) }), name).toThrow(
        `${name}: a list file is named <year>.json`,
      );
    }
    expect(() => createListRegistry({})).toThrow('no list file');
  });

  it('rejects a list whose notice is of another year than its file name', async () => {
    const registry = createListRegistry({ './lists/2032.json': file(2031) });
    await expect(load(registry, 2032)).rejects.toThrow('source.year is 2031, not 2032');
  });

  it('validates a list on load (development and tests), naming the project and the field', async () => {
    const broken = async () => {
      const raw = structuredClone((await file(2030)()) as { projects: { county: string | null }[] });
      raw.projects[1]!.county = '41010';
      return raw;
    };
    await expect(load(createListRegistry({ './lists/2030.json': broken }), 2030)).rejects.toThrow(
      'project 2: county must be a 6-digit adcode',
    );
  });
});

describe('the lists this build ships', () => {
  it('has a registry entry for every <year>.json of data/lists, the newest the default', () => {
    const years = readdirSync('data/lists')
      .flatMap((name) => /^(\d{4})\.json$/.exec(name)?.[1] ?? [])
      .map(Number)
      .sort((a, b) => b - a);
    expect(years.length).toBeGreaterThan(0);
    expect(lists.years).toEqual(years);
    expect(lists.defaultYear).toBe(years[0]);
  });
});

describe('labels', () => {
  it('has a Chinese label for every category and level', () => {
    for (const key of CATEGORY_KEYS) expect(CATEGORY_LABELS[key]).toMatch(/^\p{Script=Han}+$/u);
    for (const key of LEVEL_KEYS) expect(LEVEL_LABELS[key]).toMatch(/^\p{Script=Han}+$/u);
  });

  it('names the dashboard after the list’s year', () => {
    expect(dashboardTitle(2031)).toBe('河南省人大系统“出彩工作”（2031年度）');
  });
});
