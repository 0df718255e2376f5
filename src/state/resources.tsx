import { createContext, createElement, useContext, useEffect, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { createResourceCache } from '../lib/resource-cache';
import type { Resource, ResourceCache, ResourceState } from '../lib/resource-cache';

// The app's one cache of what loads lazily, beside the one store: the only module-level state besides it. Tests
// give components their own through ResourceProvider; event handlers and exports get it from the component that
// calls them (useResourceCache).
export const appResources: ResourceCache = createResourceCache();

const ResourceContext = createContext<ResourceCache>(appResources);

/** Hands a cache to everything below (a test's own; the app's is the default). */
export function ResourceProvider({ cache, children }: { cache: ResourceCache; children: ReactNode }) {
  return createElement(ResourceContext.Provider, { value: cache }, children);
}

/** The cache the app (or the test) provides. */
export function useResourceCache(): ResourceCache {
  return useContext(ResourceContext);
}

/** Re-renders whenever any resource changes state; returns the cache to read states from. */
export function useResourceStates(): ResourceCache {
  const cache = useResourceCache();
  useSyncExternalStore(cache.subscribe, cache.version, cache.version);
  return cache;
}

/**
 * The state of `resource` (idle for null), starting its load when it is idle. A failure stays failed until
 * something asks again (a 重试 calls cache.load): a component never retries on its own by re-rendering.
 */
export function useResource<T>(resource: Resource<T> | null | undefined): ResourceState<T> {
  const cache = useResourceStates();
  const state: ResourceState<T> = resource ? cache.state(resource) : { status: 'idle' };
  const idle = state.status === 'idle';
  useEffect(() => {
    // A failure is the owner's to report; the state says so.
    if (resource && idle) cache.load(resource).catch(() => undefined);
  }, [cache, resource, idle]);
  return state;
}

/**
 * The resource's value once ready, null while it loads; a failure is thrown, for the panel's boundary to show
 * with 重试, whose retry asks the cache again. (React.lazy would remember a failed import for good.)
 */
export function useLoaded<T>(resource: Resource<T>): T | null {
  const state = useResource(resource);
  if (state.status === 'failed') throw state.error;
  return state.status === 'ready' ? state.value : null;
}
