import type { CSSProperties } from 'react';
import type { Project } from '../../data';
import { COUNTY_POINTS } from '../../geo';
import type { PrefectureCollection, ProvinceGeometry } from '../../geo';
import type { Extent } from './map-label-scale';
import {
  FONTS_PER_DEGREE,
  MAP_LAYOUT,
  MIN_MAP_FONT,
  SHORT_NAMES_BELOW,
  mapFontSize,
  mapView,
} from './map-label-scale';
import type { ChartTheme } from '../../lib/theme';
import { fillFor, labelColorOn } from '../../state/chart-colours';
import { buildMapModel, PROVINCE_MARKER_COORD, regionLabelText } from './map-model';
import type { MapModel } from './map-model';
import { mapLegendPieces } from './map-option-parts';
import { ringPath } from './static-map-path';

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
  /** Labels placed for the office layout's frame (PRERENDER_FRAME). */
  readonly model: MapModel;
  /** The same projects with labels placed for a phone's frame (NARROW_FRAME): used below the short-name size. */
  readonly narrow: MapModel;
  readonly theme: ChartTheme;
}

/**
 * The province map as plain SVG and HTML, made at build time for the page's first paint (scripts/
 * prerender-plugin.ts): the same regions, colours, names, markers and legend as the ECharts map that replaces it,
 * laid out by ECharts' rule (MAP_LAYOUT: the map fitted into a square of `size` × the shorter side, centred at
 * centerX, centerY), with CSS container units so it fits any box the way the chart will.
 */
export function StaticMap({ geometry, bounds, model, narrow, theme }: StaticMapProps) {
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
  const narrowRegions = new Map(narrow.regions.map((r) => [r.code, r]));
  const narrowPins = new Map(narrow.pins.map((p) => [p.project.id, p]));
  return (
    <div className="map-static" aria-hidden="true">
      {/* Where the chart drops 市 from the names (SHORT_NAMES_BELOW), in the units a style can query; there the
          labels are placed as the chart places them on a phone (NARROW_FRAME). */}
      <style>{`@container (max-width: ${shortBelow}px) or (max-height: ${shortBelow}px) { ${NARROW_RULES} }`}</style>
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
          const onPhone = narrowRegions.get(region.code);
          if (!point || (!region.labelShown && !onPhone?.labelShown)) return null;
          return (
            <span
              key={region.code}
              className={placementClasses('map-static-label', region.labelShown, onPhone?.labelShown)}
              style={{
                ...at(point),
                ...shifts(region.labelShift, onPhone?.labelShift ?? region.labelShift),
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
          const onPhone = narrowPins.get(pin.project.id);
          if (!pin.labelShown && !onPhone?.labelShown) return null;
          const classes = placementClasses('map-static-pin-label', pin.labelShown, onPhone?.labelShown);
          return (
            <span
              key={pin.project.id}
              className={`${classes} map-static-pin-label-${pin.labelSide} map-static-narrow-${onPhone?.labelSide ?? pin.labelSide}`}
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

/** Label placement below the short-name size: the phone's (narrow) side, shift and visibility win. */
const NARROW_RULES = [
  '.map-static-name-long, .map-static-wide-only { display: none }',
  '.map-static-name-short { display: inline }',
  '.map-static-narrow-only { display: block }',
  '.map-static-label { margin-top: var(--narrow-shift) }',
  ...(['bottom', 'top', 'right', 'left'] as const).map(
    (side) => `.map-static-narrow-${side} { transform: var(--pin-label-${side}) }`,
  ),
].join(' ');

/** Labels shown in one placement only are hidden in the other. */
function placementClasses(base: string, wide: boolean, narrow: boolean | undefined): string {
  if (wide && narrow === false) return `${base} map-static-wide-only`;
  if (!wide && narrow) return `${base} map-static-narrow-only`;
  return base;
}

/** A region label's shift off its point (ECharts' 1.2 line heights), in each placement. */
const shifts = (wide: number, narrow: number) =>
  ({
    '--wide-shift': `${(wide * 1.2).toFixed(2)}em`,
    '--narrow-shift': `${(narrow * 1.2).toFixed(2)}em`,
  }) as CSSProperties;

/**
 * The box the prerendered static map places its labels for: the map's frame in the office layout at 1920×1080,
 * the commonest screen; other sizes get the same placement, scaled, until the chart takes over.
 */
const PRERENDER_FRAME = { width: 960, height: 800 } as const;
/** The map's frame on a phone (390–412 px wide): where labels go below the short-name size. */
const NARROW_FRAME = { width: 370, height: 368 } as const;

/** The static map of `matching`, with its labels placed as the chart would place them in PRERENDER_FRAME. */
export function staticMapOf(
  matching: readonly Project[],
  geometry: PrefectureCollection,
  measured: ProvinceGeometry,
  theme: ChartTheme,
) {
  const modelFor = (frame: { width: number; height: number }) => {
    const { pxPerDegree, bounds } = mapView(measured.bounds, frame.width, frame.height);
    const font = mapFontSize(PREFERRED_FONT, pxPerDegree);
    const scale = { pxPerDegreePerFont: pxPerDegree / font, bounds };
    return buildMapModel(matching, COUNTY_POINTS, measured.labelPoints, scale);
  };
  return (
    <StaticMap
      geometry={geometry}
      bounds={measured.bounds}
      model={modelFor(PRERENDER_FRAME)}
      narrow={modelFor(NARROW_FRAME)}
      theme={theme}
    />
  );
}
