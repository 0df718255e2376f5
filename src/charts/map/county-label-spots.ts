import { cityMarkerBoxes, cityMarkerText, countyLabelDrop, countyLabelPriority } from './build-drill-option';
import { mapRect, pointInRect } from './drill-camera';
import type { Bounds } from '../../geo';
import type { DrillModel } from './drill-model';
import { placeCountyLabels } from './place-county-labels';
import type { LabelSpot } from './place-county-labels';

/** Each county name's place at the drawn size: names keep clear of each other and of the prefecture's marker. */
export function countyLabelSpots(
  model: DrillModel,
  bounds: Bounds,
  size: { width: number; height: number },
  fontSize: number,
): LabelSpot[] {
  const rect = mapRect(bounds, size.width, size.height);
  const largest = Math.max(...model.counties.map((c) => c.area));
  const labels = model.counties.map((c) => {
    const at = pointInRect(bounds, rect, c.coord);
    return {
      x: at.x,
      y: at.y + countyLabelDrop(c.projects.length > 0, fontSize),
      text: c.name,
      priority: countyLabelPriority(c.projects.length, c.area, largest),
    };
  });
  const obstacles =
    model.cityProjects.length > 0
      ? cityMarkerBoxes(pointInRect(bounds, rect, model.seat), cityMarkerText(model), fontSize)
      : [];
  return placeCountyLabels(labels, fontSize, obstacles);
}
