import { useEffect, useMemo, useState } from 'react';
import { EChart } from '../../components/ui/echart';
import { NETWORK_HINT, PanelError } from '../../components/ui/panel-error';
import { projects } from '../../data';
import type { Project } from '../../data';
import { collectionExtent, ensureHenanMap, HENAN_MAP, loadHenan } from '../../geo';
import { LIGHT_THEME } from '../../lib/theme';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import type { ChartTheme } from '../../lib/theme';
import { buildMapOption } from './build-map-option';
import { buildMapModel } from './map-model';
import type { LabelPoints } from './map-model';
import type { Extent } from './map-label-scale';
import { useLabelScale } from './use-label-scale';
import { useCountyLookup } from './use-county-lookup';

// Every prefecture that has a county-level project: loaded once, so filter changes never wait on geometry.
const COUNTY_PREFECTURES = [
  ...new Set(projects.flatMap((p) => (p.level === 'county' && p.prefecture ? [p.prefecture] : []))),
];

/** buildMapOption's label size when the layout names none. */
const DEFAULT_FONT = 14;

interface MapPanelProps {
  matching: readonly Project[];
  selectedRegion: string | null;
  /** The presentation tour's region (see buildMapOption). */
  focus?: string | null;
  /** Label size in px the layout wants; smaller maps draw smaller labels (see mapFontSize). */
  fontSize?: number;
  theme?: ChartTheme;
  onEvents?: Record<string, (params: never) => void>;
}

/** The prefecture map of Henan with the matching projects on it. */
export function MapPanel({
  matching,
  selectedRegion,
  focus = null,
  fontSize,
  theme = LIGHT_THEME,
  onEvents,
}: MapPanelProps) {
  const [shape, setShape] = useState<{ labelPoints: LabelPoints; extent: Extent } | null>(null);
  const [failed, setFailed] = useState(false);
  // Bumped by 重试: loads the geometry again (ensureHenanMap forgets a failed download).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    Promise.all([ensureHenanMap(), loadHenan()]).then(
      ([, henan]) => {
        if (cancelled) return;
        setShape({
          labelPoints: new Map(henan.features.map((f) => [f.properties.adcode, f.properties.cp])),
          extent: collectionExtent(henan),
        });
      },
      (error: unknown) => {
        if (cancelled) return;
        // The raw error (an English message and a chunk URL) is for the console, not the screen.
        console.warn('Map geometry failed to load', error);
        setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const labelPoints = shape?.labelPoints ?? null;

  // Labels follow the map's drawn size: smaller type, shorter names and fewer labels on a small map.
  const [chartBox, setChartBox] = useState<HTMLDivElement | null>(null);
  const { labelFont, scale, measured } = useLabelScale(
    chartBox,
    shape?.extent ?? null,
    fontSize ?? DEFAULT_FONT,
  );

  const counties = useCountyLookup(COUNTY_PREFECTURES);
  const reducedMotion = useReducedMotion();
  const option = useMemo(
    () =>
      buildMapOption({
        model: buildMapModel(matching, counties, labelPoints ?? undefined, scale),
        mapName: HENAN_MAP,
        selectedRegion,
        focus,
        fontSize: labelFont,
        theme,
        animation: !reducedMotion,
      }),
    [matching, counties, labelPoints, scale, selectedRegion, focus, labelFont, theme, reducedMotion],
  );

  if (failed) {
    return (
      <PanelError
        message="地图加载失败"
        hint={NETWORK_HINT}
        onRetry={() => {
          setFailed(false);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  // The chart's box is measured before the chart is made, so the map is drawn once, at its final label size.
  if (!labelPoints || !measured) {
    return (
      <div ref={setChartBox} className="map-chart">
        {labelPoints ? null : <p className="map-loading">地图加载中……</p>}
      </div>
    );
  }
  return (
    <EChart
      name="map"
      containerRef={setChartBox}
      className="map-chart"
      ariaLabel="河南省18个省辖市（含济源示范区）出彩工作分布地图"
      option={option}
      onEvents={onEvents}
    />
  );
}
