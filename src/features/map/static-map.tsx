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
  readonly model: MapModel;
  readonly theme: ChartTheme;
}

/**
 * The province map as plain SVG and HTML, made at build time for the page's first paint (scripts/
 * prerender-plugin.ts): the same regions, colours, names, markers and legend as the ECharts map that replaces it,
 * laid out by ECharts' rule (MAP_LAYOUT: the map fitted into a square of `size` × the shorter side, centred at
 * centerX, centerY), with CSS container units so it fits any box the way the chart will.
 */
export function StaticMap({ geometry, bounds, model, theme }: StaticMapProps) {
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
  return (
    <div className="map-static" aria-hidden="true">
      {/* Where the chart drops 市 from the names (SHORT_NAMES_BELOW), in the units a style can query. */}
      <style>{`@container (max-width: ${shortBelow}px) or (max-height: ${shortBelow}px) { .map-static-name-long { display: none } .map-static-name-short { display: inline } }`}</style>
      <div className="map-static-fit" style={{ ...fit, fontSize: font }}>
        <svg viewBox={`0 0 ${VIEW_WIDTH} ${viewHeight}`} preserveAspectRatio="none">
          {geometry.features.map((feature) => {
            const count = regions.get(feature.properties.adcode)?.projects.length ?? 0;
            return (
              <path
                key={feature.properties.adcode}
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
          if (!point || !region.labelShown) return null;
          return (
            <span
              key={region.code}
              className="map-static-label"
              style={{
                ...at(point),
                marginTop: `${(region.labelShift * 1.2).toFixed(2)}em`,
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
            style={{ ...at(pin.coord), background: theme.pin, borderColor: theme.background }}
          />
        ))}
        {model.pins.map((pin) =>
          pin.labelShown ? (
            <span
              key={pin.project.id}
              className={`map-static-pin-label map-static-pin-label-${pin.labelSide}`}
              style={{ ...at(pin.coord), color: theme.pin, background: theme.background }}
            >
              {pin.countyName}
            </span>
          ) : null,
        )}
        <span
          className="map-static-province-pin"
          style={{ ...at(PROVINCE_MARKER_COORD), background: theme.province, borderColor: theme.background }}
        />
        <span
          className="map-static-province"
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

/**
 * The box the prerendered static map places its labels for: the map's frame in the office layout at 1920×1080,
 * the commonest screen; other sizes get the same placement, scaled, until the chart takes over.
 */
const PRERENDER_FRAME = { width: 960, height: 800 } as const;

/** The static map of `matching`, with its labels placed as the chart would place them in PRERENDER_FRAME. */
export function staticMapOf(
  matching: readonly Project[],
  geometry: PrefectureCollection,
  measured: ProvinceGeometry,
  theme: ChartTheme,
) {
  const { pxPerDegree, bounds } = mapView(measured.bounds, PRERENDER_FRAME.width, PRERENDER_FRAME.height);
  const font = mapFontSize(PREFERRED_FONT, pxPerDegree);
  const scale = { pxPerDegreePerFont: pxPerDegree / font, bounds };
  const model = buildMapModel(matching, COUNTY_POINTS, measured.labelPoints, scale);
  return <StaticMap geometry={geometry} bounds={measured.bounds} model={model} theme={theme} />;
}
