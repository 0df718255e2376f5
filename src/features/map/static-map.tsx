import type { CSSProperties } from 'react';
import type { Project } from '../../data';
import { COUNTY_POINTS } from '../../geo';
import type { PrefectureCollection, ProvinceGeometry } from '../../geo';
import type { Extent } from '../../charts/map/map-label-scale';
import {
  FONTS_PER_DEGREE,
  MAP_LAYOUT,
  MIN_MAP_FONT,
  pinFontFor,
  SHORT_NAMES_BELOW,
  mapFontSize,
  mapView,
} from '../../charts/map/map-label-scale';
import type { ChartTheme } from '../../lib/theme';
import { fillFor, labelColorOn } from '../../state/chart-colours';
import { buildMapModel, PROVINCE_MARKER_COORD, regionLabelText } from '../../charts/map/map-model';
import type { MapModel } from '../../charts/map/map-model';
import { mapLegendPieces } from '../../charts/map/map-option-parts';
import { ringPath } from '../../geo/svg-path';

/**
 * The viewBox is this many units wide: a unit is about a pixel of a 1920×1080 screen's map, so the path data can
 * be whole units (the page's HTML carries it, read before any script runs). A 4K screen sees the static map
 * for a moment only, before the chart draws.
 */
const VIEW_WIDTH = 800;

/** The office layout's map label size in px (0.875 rem, MapView's fontSize). */
const PREFERRED_FONT = 14;
/** A label scale that asks for short names. */
const SHORT_SCALE = { pxPerDegreePerFont: 0 };

interface StaticMapProps {
  readonly geometry: PrefectureCollection;
  readonly bounds: Extent;
  /** Labels placed for the office layout's frame (PRERENDER_FRAME): the default placement. */
  readonly model: MapModel;
  /** The same projects placed as the chart places them in boxes of other sizes (staticMapOf's scan). */
  readonly placements: readonly LabelPlacement[];
  readonly theme: ChartTheme;
}

/** The labels as the chart places them while the map box's shorter side is from `from` up to `to` px. */
export interface LabelPlacement {
  readonly from: number;
  readonly to: number;
  readonly model: MapModel;
}

/**
 * The province map as plain SVG and HTML, made at build time for the page's first paint (scripts/
 * prerender-plugin.ts): the same regions, colours, names, markers and legend as the ECharts map that replaces it,
 * laid out by ECharts' rule (MAP_LAYOUT: the map fitted into a square of `size` × the shorter side, centred at
 * centerX, centerY), with CSS container units so it fits any box the way the chart will.
 */
export function StaticMap({ geometry, bounds, model, placements, theme }: StaticMapProps) {
  const [west, south, east, north] = bounds;
  const { aspectScale, size, centerX, centerY } = MAP_LAYOUT;
  const spanX = (east - west) * aspectScale;
  const spanY = north - south;
  const unit = VIEW_WIDTH / spanX;
  const viewHeight = Math.round(spanY * unit);
  const project = (lon: number, lat: number): [number, number] => [
    (lon - west) * aspectScale * unit,
    (north - lat) * unit,
  ];
  const path = (feature: PrefectureCollection['features'][number]) => {
    const { geometry } = feature;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons
      .flatMap((rings) => rings.map((ring) => ringPath(ring.map(([lon, lat]) => project(lon!, lat!)))))
      .join('');
  };
  // Where a point falls in the fitted box, in % (labels and markers are HTML, in CSS px like the chart's).
  const at = (coord: readonly [number, number]): CSSProperties => {
    const [x, y] = project(coord[0], coord[1]);
    return {
      left: `${((x / VIEW_WIDTH) * 100).toFixed(2)}%`,
      top: `${((y / viewHeight) * 100).toFixed(2)}%`,
    };
  };
  const wide = spanX >= spanY;
  const fit: CSSProperties = {
    left: `${centerX * 100}%`,
    top: `${centerY * 100}%`,
    width: `calc(${(size * (wide ? 1 : spanX / spanY)).toFixed(4)} * 100cqmin)`,
    height: `calc(${(size * (wide ? spanY / spanX : 1)).toFixed(4)} * 100cqmin)`,
  };
  const regions = new Map(model.regions.map((r) => [r.code, r]));
  const labelPoints = new Map(geometry.features.map((f) => [f.properties.adcode, f.properties.cp]));
  const pieces = mapLegendPieces(Math.max(0, ...model.regions.map((r) => r.projects.length)), theme);
  // The chart's label size (mapFontSize): the layout's 0.875 rem, smaller where the map has fewer than
  // FONTS_PER_DEGREE font sizes per degree, never under MIN_MAP_FONT; in container units of the map's box.
  const perDegree = (size * 100) / Math.max(spanX, spanY) / FONTS_PER_DEGREE;
  const font = `clamp(${MIN_MAP_FONT}px, ${perDegree.toFixed(3)}cqmin, ${PREFERRED_FONT / 16}rem)`;
  // Names are short where the map has under SHORT_NAMES_BELOW font sizes per degree: below this shorter side.
  const shortBelow = Math.round((SHORT_NAMES_BELOW * PREFERRED_FONT * Math.max(spanX, spanY)) / size);
  const everShown = <T,>(shown: (m: MapModel) => T | undefined) =>
    [model, ...placements.map((p) => p.model)].some((m) => shown(m));
  return (
    <div className="map-static" aria-hidden="true">
      {/* Where the chart drops 市 from the names (SHORT_NAMES_BELOW), and how it places the labels in boxes of
          other sizes than the office layout's: in the units a style can query (rem, as the labels' size). */}
      <style>
        {`@container (max-width: ${rem(shortBelow)}) or (max-height: ${rem(shortBelow)}) { .map-static-name-long { display: none } .map-static-name-short { display: inline } }` +
          placements.map((placement) => placementRule(model, placement)).join('')}
      </style>
      <div className="map-static-fit" style={{ ...fit, fontSize: font }}>
        <svg viewBox={`0 0 ${VIEW_WIDTH} ${viewHeight}`} preserveAspectRatio="none">
          {geometry.features.map((feature) => {
            const count = regions.get(feature.properties.adcode)?.projects.length ?? 0;
            return (
              <path
                key={feature.properties.adcode}
                data-region={feature.properties.adcode}
                d={path(feature)}
                fillRule="evenodd"
                fill={fillFor(count, theme)}
                stroke={theme.border}
                strokeWidth={1.2}
                vectorEffect="non-scaling-stroke"
              />
            );
          })}
        </svg>
        {model.regions.map((region) => {
          const point = labelPoints.get(region.code);
          const shown = everShown((m) => m.regions.find((r) => r.code === region.code)?.labelShown);
          if (!point || !shown) return null;
          return (
            <span
              key={region.code}
              // A tap on a name chooses its place, as on the chart (not the shape that lies under the name).
              data-region={region.code}
              className={`map-static-label ${regionClass(region.code)}${region.labelShown ? '' : ' map-static-off'}`}
              style={{
                ...at(point),
                ...({ '--shift': shiftOf(region.labelShift) } as CSSProperties),
                color: labelColorOn(fillFor(region.projects.length, theme), theme),
              }}
            >
              <span className="map-static-name-long">{region.name}</span>
              <span className="map-static-name-short">{regionLabelText(region.name, SHORT_SCALE)}</span>
            </span>
          );
        })}
        {model.pins.map((pin) => (
          <span
            key={pin.project.id}
            className="map-static-pin"
            data-project={pin.project.id}
            style={{ ...at(pin.coord), background: theme.pin, borderColor: theme.background }}
          />
        ))}
        {model.pins.map((pin) => {
          const id = pin.project.id;
          if (!everShown((m) => m.pins.find((p) => p.project.id === id)?.labelShown)) return null;
          return (
            <span
              key={id}
              data-project={id}
              className={`map-static-pin-label map-static-pin-label-${pin.labelSide} ${pinClass(id)}${pin.labelShown ? '' : ' map-static-off'}`}
              style={{ ...at(pin.coord), color: theme.pin, background: theme.background }}
            >
              {pin.countyName}
            </span>
          );
        })}
        <span
          className="map-static-province-pin"
          data-province=""
          style={{ ...at(PROVINCE_MARKER_COORD), background: theme.province, borderColor: theme.background }}
        />
        <span
          className="map-static-province"
          data-province=""
          style={{ ...at(PROVINCE_MARKER_COORD), borderColor: theme.province, background: theme.background }}
        >
          省级 {model.provinceProjects.length} 项
        </span>
      </div>
      <ul className="map-static-legend" style={{ fontSize: font }}>
        {[...pieces].reverse().map((piece) => (
          <li key={piece.label} style={{ color: theme.text }}>
            <span style={{ background: piece.color }} />
            {piece.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

const rem = (px: number) => `${+(px / 16).toFixed(3)}rem`;
const shiftOf = (lines: number) => `${(lines * 1.2).toFixed(2)}em`;
const regionClass = (code: string) => `map-static-r${code}`;
const pinClass = (id: number) => `map-static-p${id}`;

/**
 * A container rule for one placement: where the map box's shorter side is in its range, the labels it places
 * otherwise than the default one move, show or hide. A label's element has the default placement in its
 * classes and inline style; the rule, later in the page than the stylesheet, wins over those classes.
 */
function placementRule(base: MapModel, { from, to, model }: LabelPlacement): string {
  const rules: string[] = [];
  model.regions.forEach((region, i) => {
    const was = base.regions[i]!;
    const changes = [
      ...(region.labelShown !== was.labelShown ? [`display: ${region.labelShown ? 'block' : 'none'}`] : []),
      ...(region.labelShown && region.labelShift !== was.labelShift
        ? [`margin-top: ${shiftOf(region.labelShift)}`]
        : []),
    ];
    if (changes.length > 0) rules.push(`.${regionClass(region.code)} { ${changes.join('; ')} }`);
  });
  model.pins.forEach((pin, i) => {
    const was = base.pins[i]!;
    const changes = [
      ...(pin.labelShown !== was.labelShown ? [`display: ${pin.labelShown ? 'block' : 'none'}`] : []),
      ...(pin.labelShown && pin.labelSide !== was.labelSide
        ? [`transform: var(--pin-label-${pin.labelSide})`]
        : []),
    ];
    if (changes.length > 0) rules.push(`.${pinClass(pin.project.id)} { ${changes.join('; ')} }`);
  });
  if (rules.length === 0) return '';
  const atLeast = from > 0 ? `(width >= ${rem(from)}) and (height >= ${rem(from)})` : '';
  const under = Number.isFinite(to) ? `((width < ${rem(to)}) or (height < ${rem(to)}))` : '';
  return `@container ${[atLeast, under].filter(Boolean).join(' and ')} { ${rules.join(' ')} }`;
}

/**
 * The box the prerendered static map places its labels for: the map's frame in the office layout at 1920×1080,
 * the commonest screen; other sizes get the same placement, scaled, until the chart takes over.
 */
const PRERENDER_FRAME = { width: 960, height: 800 } as const;
/** The shorter sides of map boxes the labels are placed for, in px at 16 px to the rem: a phone's to a 4K wall's. */
const SCAN = { from: 280, to: 1600, step: 4 } as const;
/**
 * The shape of the boxes scanned: a phone's map box is about square (370×368 at 412 px wide), larger layouts'
 * are wider (702×614 on a tablet, 1070×847 at 1920×1080). Near the edges the shape decides a label's side.
 */
const scanWidth = (side: number) =>
  Math.round(side * (side < 500 ? 1 : PRERENDER_FRAME.width / PRERENDER_FRAME.height));

/**
 * The static map of `matching`: its labels placed as the chart places them in PRERENDER_FRAME, and, for every
 * range of box sizes where the chart places them otherwise (a scan of the shorter side, SCAN), that placement.
 */
export function staticMapOf(
  matching: readonly Project[],
  geometry: PrefectureCollection,
  measured: ProvinceGeometry,
  theme: ChartTheme,
) {
  const modelFor = (width: number, height: number) => {
    const { pxPerDegree, bounds } = mapView(measured.bounds, width, height);
    const font = mapFontSize(PREFERRED_FONT, pxPerDegree);
    const scale = { pxPerDegreePerFont: pxPerDegree / font, bounds, pinFont: pinFontFor(font) / font };
    return buildMapModel(matching, COUNTY_POINTS, measured.labelPoints, scale);
  };
  const model = modelFor(PRERENDER_FRAME.width, PRERENDER_FRAME.height);
  const ranges: LabelPlacement[] = [];
  for (let side = SCAN.from; side <= SCAN.to; side += SCAN.step) {
    const placed = modelFor(scanWidth(side), side);
    const last = ranges.at(-1);
    if (last && samePlacement(last.model, placed)) continue;
    if (last) ranges[ranges.length - 1] = { ...last, to: side };
    ranges.push({ from: ranges.length === 0 ? 0 : side, to: Infinity, model: placed });
  }
  const placements = ranges.filter((range) => !samePlacement(range.model, model));
  return (
    <StaticMap
      geometry={geometry}
      bounds={measured.bounds}
      model={model}
      placements={placements}
      theme={theme}
    />
  );
}

/** Whether two models of the same projects show the same labels, each in the same place. */
function samePlacement(a: MapModel, b: MapModel): boolean {
  return (
    a.regions.every((r, i) => sameLabel(r, b.regions[i]!, r.labelShift === b.regions[i]!.labelShift)) &&
    a.pins.every((p, i) => sameLabel(p, b.pins[i]!, p.labelSide === b.pins[i]!.labelSide))
  );
}

/** Shown in both and placed alike, or hidden in both (where a hidden label would go does not matter). */
const sameLabel = (a: { labelShown: boolean }, b: { labelShown: boolean }, samePlace: boolean) =>
  a.labelShown === b.labelShown && (!a.labelShown || samePlace);
