import type { ResourceState } from '../../lib/resource-cache';

/** What the map's frame shows, decided from the chart's chunk and whether a true static map is at hand. */
export interface MapSurface {
  /** The live chart is drawn. */
  readonly chart: boolean;
  /** The prerendered static map stands (it is true: the view it shows). */
  readonly staticMap: boolean;
  /** 地图加载中…… */
  readonly loading: boolean;
  /** 地图加载失败 with 重试, in the map's panel (no true picture to keep). */
  readonly failed: boolean;
  /** 交互地图加载失败，当前为静态地图 with 重试: the static map stays, the missing chart is named. */
  readonly staticNote: boolean;
}

interface SurfaceInput {
  /** The chart's chunk (idle while not wanted: a phone's untouched map). */
  readonly chunk: ResourceState<unknown>['status'];
  /** A static map that shows this very view is at hand (not yet retired). */
  readonly staticMap: boolean;
  /** The frame has been measured (the chart is made only then). */
  readonly measured: boolean;
  /** The chart is wanted now (not a phone's untouched map). */
  readonly wanted: boolean;
}

/**
 * The map frame's content. Never blank once measured, never a static map under another view (the caller says
 * whether it is true), and a chart that failed to come is always named.
 */
export function mapSurface({ chunk, staticMap, measured, wanted }: SurfaceInput): MapSurface {
  const chart = measured && chunk === 'ready';
  const failed = chunk === 'failed';
  return {
    chart,
    staticMap,
    loading: !chart && !failed && measured && wanted && !staticMap,
    failed: !chart && failed && !staticMap,
    staticNote: failed && staticMap,
  };
}
