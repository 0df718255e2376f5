// What the printed report shows, as a pure function of its scene and of the state of its drawings' chunk: the map
// and the charts drawn for paper, or, where they cannot be, the words saying so. Paper is one report whatever the
// screen's mode: the office view of the same year and filters, the whole map (no tour stop, no opened project).
import type { ResourceState } from '../../lib/resource-cache';
import { isUnfiltered } from '../../state/filters';
import type { MapScene, ReadyScene, SceneView } from '../../state/scene';

/** The report's view of the screen's view: the same year and filters, laid out as the office's, whole. */
export function paperView(view: SceneView): SceneView {
  return { ...view, mode: 'office', tourFocus: null, project: null };
}

/** What the report's map box holds. */
export type PaperMapContent =
  /** The scene's map, drawn for the page. */
  | { readonly kind: 'drawn'; readonly map: MapScene }
  /** The page's prerendered static map (a phone's, before the map was touched), fitted to the page whole. */
  | { readonly kind: 'static' }
  | { readonly kind: 'missing'; readonly words: string };

/** What the report's charts page holds. */
export type PaperChartsContent =
  { readonly kind: 'drawn' } | { readonly kind: 'missing'; readonly words: string };

export interface PaperContent {
  readonly map: PaperMapContent;
  readonly charts: PaperChartsContent;
}

type Status = ResourceState<unknown>['status'];

const missing = (what: string, status: Status, left: string) =>
  status === 'failed' ? `${what}未能加载，本页未包含${left}。` : `${what}尚未加载完成，本页未包含${left}。`;

/**
 * The report of `scene` (the paper view's), given its drawings' chunk and whether the page shows the prerendered
 * static map. The static map stands in only for the view it was drawn for (the province, unfiltered); anything
 * else that cannot be drawn is named, never replaced by another picture.
 */
export function paperContent(scene: ReadyScene, drawings: Status, staticMapOnPage: boolean): PaperContent {
  if (drawings === 'ready') return { map: { kind: 'drawn', map: scene.map }, charts: { kind: 'drawn' } };
  const staticTrue =
    staticMapOnPage &&
    scene.map.kind === 'province' &&
    scene.map.target === null &&
    isUnfiltered(scene.filters);
  return {
    map: staticTrue ? { kind: 'static' } : { kind: 'missing', words: missing('地图', drawings, '地图') },
    charts: { kind: 'missing', words: missing('统计图表', drawings, '统计图表') },
  };
}
