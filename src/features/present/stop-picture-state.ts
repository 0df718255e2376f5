// What the console's picture of a stop shows, as a pure function of the stop's scene and the state of the
// picture's drawing chunk: the map the room's screen draws at that stop, or the parts still missing, named.
import type { ResourceState } from '../../lib/resource-cache';
import type { Filters } from '../../state/filters';
import type { MapScene, MissingPart, Scene, SceneView } from '../../state/scene';
import { missingWords } from './room-status';

/** The name of the picture's own drawing chunk (ECharts), when it is what is missing. */
export const PICTURE_DRAWER_LABEL = '画面绘制组件';

/** The room's screen at a stop: its year and filters, the presentation layout, the stop's focus. */
export function stopView(year: number, filters: Filters, focus: string | null): SceneView {
  return {
    categories: filters.categories,
    levels: filters.levels,
    region: filters.region,
    county: filters.county,
    query: filters.query,
    year,
    pendingYear: null,
    project: null,
    mode: 'present',
    tourFocus: focus,
  };
}

/** What the picture box shows. */
export type StopPictureState =
  | { readonly kind: 'black' }
  /** Every part the picture still lacks (the list, the county map, the drawing chunk), none replaced. */
  | { readonly kind: 'missing'; readonly parts: readonly MissingPart[] }
  | { readonly kind: 'picture'; readonly map: MapScene };

/**
 * The picture of `scene` (a stop's), given its drawing chunk's state. Only the map the screen draws once all is
 * here: a county map still coming is named, never stood in for by the province (nor by the stop before).
 */
export function stopPictureState(
  scene: Scene,
  drawer: ResourceState<unknown>['status'],
  black: boolean,
): StopPictureState {
  if (black) return { kind: 'black' };
  const parts: MissingPart[] = [];
  if (scene.status !== 'ready') parts.push({ what: scene.what, status: scene.status });
  else if (scene.map.missing) parts.push(scene.map.missing);
  if (drawer !== 'ready')
    parts.push({ what: PICTURE_DRAWER_LABEL, status: drawer === 'failed' ? 'failed' : 'loading' });
  if (parts.length > 0 || scene.status !== 'ready') return { kind: 'missing', parts };
  return { kind: 'picture', map: scene.map };
}

/** The box's words for missing parts: the failures named (「南阳市县区地图加载失败」), else 「画面加载中：…」. */
export function missingPictureWords(parts: readonly MissingPart[]): {
  readonly failed: boolean;
  readonly words: string;
} {
  const failed = parts.filter((part) => part.status === 'failed');
  if (failed.length > 0) return { failed: true, words: failed.map(missingWords).join('；') };
  return { failed: false, words: `画面加载中：${parts.map((part) => part.what).join('、')}` };
}
