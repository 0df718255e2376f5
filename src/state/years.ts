import { lists } from '../data';
import type { ListRegistry } from '../data';
import type { ResourceCache } from '../lib/resource-cache';
import { useDashboard } from './store';

/**
 * Chooses a year: the page stays on the shown year, saying the chosen one is coming, until its list is here; then
 * it switches. A later choice wins over an earlier one still loading (that one's arrival changes nothing), and
 * choosing again after a failure is the retry. Resolves when the choice has been settled either way.
 */
export async function chooseYear(
  cache: ResourceCache,
  year: number,
  store = useDashboard,
  registry: Pick<ListRegistry, 'resource'> = lists,
): Promise<void> {
  store.getState().requestYear(year);
  if (store.getState().pendingYear !== year) return;
  const list = await cache.load(registry.resource(year)).catch(() => null);
  // Failed: the scene says so (名单加载失败, 重试) from the cache's state.
  if (list && store.getState().pendingYear === year) store.getState().switchYear(list);
}
