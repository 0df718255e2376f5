import { useMemo } from 'react';
import type { ElementSize } from '../../lib/use-element-size';
import { labelScaleFor } from '../../charts/map/map-label-scale';
import type { Extent } from '../../charts/map/map-label-scale';
import type { LabelScale } from '../../charts/map/map-model';

/**
 * The label size and placement scale for the map drawn in a box of `size` (null until measured):
 * `preferred` px where the map is big enough, smaller where it is not. Until the box is measured, the
 * preferred size and the default placement, and `measured` false.
 */
export function useLabelScale(
  size: ElementSize | null,
  extent: Extent | null,
  preferred: number,
): { labelFont: number; scale: LabelScale | undefined; measured: boolean } {
  const { labelFont, scale: computed } = labelScaleFor(size, extent, preferred);
  const ratio = computed?.pxPerDegreePerFont ?? null;
  const [west, south, east, north] = computed?.bounds ?? [0, 0, 0, 0];
  // Rebuilt only when the numbers change, so the map option is not rebuilt on every render.
  const scale = useMemo(
    () =>
      ratio === null ? undefined : { pxPerDegreePerFont: ratio, bounds: [west, south, east, north] as const },
    [ratio, west, south, east, north],
  );
  return { labelFont, scale, measured: size !== null };
}
