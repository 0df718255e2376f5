import { createResourceCache, resource, resourceFamily } from '../resource-cache';

/** A load the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createResourceCache', () => {
  it('goes idle → loading → ready, sharing one load, and tells listeners of each change', async () => {
    const cache = createResourceCache();
    const gate = deferred<string>();
    const load = vi.fn(() => gate.promise);
    const r = resource('thing', load);
    const seen: string[] = [];
    cache.subscribe(() => seen.push(cache.state(r).status));
    expect(cache.state(r).status).toBe('idle');
    const first = cache.load(r);
    const second = cache.load(r);
    expect(cache.state(r).status).toBe('loading');
    gate.resolve('value');
    expect(await first).toBe('value');
    expect(await second).toBe('value');
    expect(cache.state(r)).toEqual({ status: 'ready', value: 'value' });
    expect(cache.peek(r)).toBe('value');
    expect(load).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['loading', 'ready']);
  });

  it('stays failed until asked again, and then loads anew (the retry)', async () => {
    const cache = createResourceCache();
    const load = vi
      .fn<() => Promise<number>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(7);
    const r = resource('n', load);
    await expect(cache.load(r)).rejects.toThrow('offline');
    expect(cache.state(r).status).toBe('failed');
    expect(cache.peek(r)).toBeUndefined();
    const before = cache.version();
    expect(await cache.load(r)).toBe(7);
    expect(cache.version()).toBeGreaterThan(before);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('turns a load that throws at once into a failed state, not an exception', async () => {
    const cache = createResourceCache();
    const r = resource('sync', () => {
      throw new Error('boom');
    });
    await expect(cache.load(r)).rejects.toThrow('boom');
    expect(cache.state(r).status).toBe('failed');
  });

  it('keeps each cache to itself', async () => {
    const r = resource('shared', () => Promise.resolve(1));
    const a = createResourceCache();
    const b = createResourceCache();
    await a.load(r);
    expect(a.peek(r)).toBe(1);
    expect(b.state(r).status).toBe('idle');
  });
});

describe('resourceFamily', () => {
  it('gives one descriptor per argument, keyed by it, and none for an argument it was not made for', () => {
    const family = resourceFamily<number, number>('list', [2030, 2031], (year) => Promise.resolve(year));
    expect(family(2030)).toBe(family(2030));
    expect(family(2030)?.key).toBe('list:2030');
    expect(family(1999)).toBeUndefined();
  });
});
