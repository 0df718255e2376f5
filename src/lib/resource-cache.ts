// The one cache of everything the dashboard loads lazily: year lists, the map chart's chunk, county shapes, the
// statistics, the presentation and console chunks. Each resource is in one explicit state; a failure stays
// failed (and is shown as such) until someone asks again, which retries. Surfaces never keep a loading state of
// their own: they read it here, through the scene.

/** Where one resource stands. */
export type ResourceState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

/** Something that loads lazily, named by a key unique across the app (e.g. `list:2022`, `counties:411500`). */
export interface Resource<T> {
  readonly key: string;
  readonly load: () => Promise<T>;
}

/** The cache: states by resource, loads started on request, listeners told of every change. */
export interface ResourceCache {
  /** The resource's state now (idle when never asked for). */
  state: <T>(resource: Resource<T>) => ResourceState<T>;
  /** The value if ready, else undefined. */
  peek: <T>(resource: Resource<T>) => T | undefined;
  /**
   * The value, loading it if it is idle or failed (asking again after a failure is the retry); a load under way
   * is shared.
   */
  load: <T>(resource: Resource<T>) => Promise<T>;
  /** Calls `listener` after every change of any state; returns the way to stop. */
  subscribe: (listener: () => void) => () => void;
  /** A number that changes with every change of any state (a snapshot token for React). */
  version: () => number;
}

const IDLE: ResourceState<never> = Object.freeze({ status: 'idle' });

/** A resource with a fixed key, for descriptors made once per key (`resourceFamily` below). */
export function resource<T>(key: string, load: () => Promise<T>): Resource<T> {
  return Object.freeze({ key, load });
}

/**
 * A family of resources by argument (a year, a prefecture code): the same argument gives the same descriptor,
 * so components can compare them. The descriptors are made for a fixed set of arguments, up front.
 */
export function resourceFamily<A extends string | number, T>(
  prefix: string,
  args: readonly A[],
  load: (arg: A) => Promise<T>,
): (arg: A) => Resource<T> | undefined {
  const made = new Map(args.map((arg) => [arg, resource(`${prefix}:${arg}`, () => load(arg))]));
  return (arg) => made.get(arg);
}

/** A resource and the state a cache starts it in (a test's cache with a part already here, or failed). */
export type Seed = readonly [Resource<unknown>, ResourceState<unknown>];

/** A new cache: one for the app (src/state/resources.tsx), one per test (optionally seeded). */
export function createResourceCache(seeds: readonly Seed[] = []): ResourceCache {
  const states = new Map<string, ResourceState<unknown>>(seeds.map(([r, state]) => [r.key, state]));
  const pending = new Map<string, Promise<unknown>>();
  const listeners = new Set<() => void>();
  let version = 0;

  const set = (key: string, next: ResourceState<unknown>) => {
    states.set(key, next);
    version += 1;
    for (const listener of [...listeners]) listener();
  };

  const state = <T>(r: Resource<T>): ResourceState<T> => (states.get(r.key) ?? IDLE) as ResourceState<T>;

  const load = <T>(r: Resource<T>): Promise<T> => {
    const now = state(r);
    if (now.status === 'ready') return Promise.resolve(now.value);
    const under = pending.get(r.key);
    if (under) return under as Promise<T>;
    const promise = Promise.resolve()
      .then(r.load)
      .then(
        (value) => {
          pending.delete(r.key);
          set(r.key, Object.freeze({ status: 'ready', value }));
          return value;
        },
        (error: unknown) => {
          pending.delete(r.key);
          set(r.key, Object.freeze({ status: 'failed', error }));
          throw error;
        },
      );
    pending.set(r.key, promise);
    set(r.key, Object.freeze({ status: 'loading' }));
    return promise;
  };

  return {
    state,
    peek: (r) => {
      const now = state(r);
      return now.status === 'ready' ? now.value : undefined;
    },
    load,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    version: () => version,
  };
}
