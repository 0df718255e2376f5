import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ResourceCache } from '../lib/resource-cache';
import { useResourceStates } from './resources';
import { buildScene, sceneResources } from './scene';
import type { Scene, SceneView } from './scene';
import { selectView, useDashboard } from './store';
import type { DashboardState } from './store';

/** The part of the store the scene reads: the view, with the year shown and the one pending apart. */
export function selectSceneView(s: DashboardState): SceneView {
  return { ...selectView(s), year: s.year, pendingYear: s.pendingYear, tourFocus: s.tourFocus };
}

/**
 * The scene now: re-rendered when the view or the state of a resource it reads changes. A resource that is ready
 * stays ready with the same value, so the statuses of what the scene reads tell every change that matters to it:
 * the scene (and what is memoised on it, the map's option, the list) is not rebuilt when something else loads.
 */
export function useScene(): Scene {
  const view = useDashboard(useShallow(selectSceneView));
  const cache = useResourceStates();
  const resources = sceneResources(view);
  const read = resources.map((r) => `${r.key}=${cache.state(r).status}`).join();
  // The scene asks for what it reads and has not been asked for (a drill's counties); a failure stays failed
  // until a 重试 asks again.
  useEffect(() => {
    for (const r of resources) if (cache.state(r).status === 'idle') cache.load(r).catch(() => undefined);
    // `read` changes whenever one of them does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cache, read]);
  // `read` stands for the states of the resources the scene reads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => buildScene(view, cache), [view, cache, read]);
}

/** The scene of a view whose list is here; for the parts of the page that render only then. */
export function useReadyScene() {
  const scene = useScene();
  if (scene.status !== 'ready') throw new Error(`the list of ${scene.year} is not here`);
  return scene;
}

/** The scene now, outside React (an export, a handler): the same function of the store and the cache. */
export function currentScene(cache: Pick<ResourceCache, 'state'>): Scene {
  return buildScene(selectSceneView(useDashboard.getState()), cache);
}
