import { useEffect, useMemo } from 'react';
import { sceneMapOption, sceneMapShapes } from '../../charts/map/scene-map-option';
import type { MapFrame } from '../../charts/map/scene-map-option';
import { DARK_THEME, LIGHT_THEME } from '../../lib/theme';
import type { Filters } from '../../state/filters';
import { useResourceStates } from '../../state/resources';
import { buildScene, countyMapLabel, sceneResources } from '../../state/scene';
import type { MapScene } from '../../state/scene';
import type { Theme } from '../../state/theme-storage';
import { stopPictureDrawer } from './stop-picture-drawer';
import type { StopPictureDrawer } from './stop-picture-drawer';
import { missingPictureWords, stopPictureState, stopView } from './stop-picture-state';
import './stop-picture.css';

export interface StopPictureProps {
  /** The room's view: its year and filters, and the stop's focus (a prefecture code or PROVINCE_FOCUS). */
  readonly year: number;
  readonly filters: Filters;
  readonly focus: string | null;
  /** The screen's theme ('dark' in presentation unless chosen otherwise). */
  readonly theme: Theme;
  /** Accessible name, e.g. 「放映窗口当前画面：南阳市」. */
  readonly label: string;
  /** The room's screen is black: the box is black too, saying 黑屏. */
  readonly black?: boolean;
  /** What the room reports over the picture, in words (「已暂停」, 「南阳市县区地图加载失败」), in a corner. */
  readonly note?: string | null;
}

/** What the picture shows, for its text alternative. */
const pictureAlt = (map: MapScene) =>
  map.kind === 'prefecture' && map.targetName !== null ? countyMapLabel(map.targetName) : '河南省地图';

/**
 * The box a picture is drawn in: the screen's map area (16:9) at a console's size, its names at about the size
 * the screen's are in proportion (a 1080p screen's 19 px names over a map area some 1300 px wide).
 */
export const PICTURE_FRAME: MapFrame = { width: 480, height: 270, fontSize: 10, projected: true };

/** The picture of the map in `theme`, drawn as the screen draws it (its projector colours, no animation), as an image address. */
function pictureAddress(drawer: StopPictureDrawer, map: MapScene, theme: Theme): string {
  const colours = theme === 'dark' ? DARK_THEME : LIGHT_THEME;
  const option = sceneMapOption(map, colours, PICTURE_FRAME, { animation: false });
  const svg = drawer.draw(
    { ...option, backgroundColor: colours.background },
    sceneMapShapes(map, drawer.henan),
    {
      width: PICTURE_FRAME.width,
      height: PICTURE_FRAME.height,
    },
  );
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * A still picture of what the room's screen draws at a stop: the scene of the stop's view, read from the app's
 * cache (asking for what it lacks, never touching the store), its map drawn as the screen draws it. Always the
 * picture of the props given: while it cannot be drawn, the box names what is missing instead.
 */
export function StopPicture({
  year,
  filters,
  focus,
  theme,
  label,
  black = false,
  note = null,
}: StopPictureProps) {
  const { categories, levels, region, county, query } = filters;
  const view = useMemo(
    () => stopView(year, { categories, levels, region, county, query }, focus),
    [year, categories, levels, region, county, query, focus],
  );
  const cache = useResourceStates();
  const wanted = [...sceneResources(view), stopPictureDrawer];
  const read = wanted.map((r) => `${r.key}=${cache.state(r).status}`).join();
  useEffect(() => {
    for (const r of wanted) if (cache.state(r).status === 'idle') cache.load(r).catch(() => undefined);
    // `read` changes whenever one of them does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cache, read]);
  // `read` stands for the states of the resources the scene reads (and the drawer's, which it does not).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const scene = useMemo(() => buildScene(view, cache), [view, cache, read]);
  const drawerState = cache.state(stopPictureDrawer);
  const drawer = drawerState.status === 'ready' ? drawerState.value : null;
  const state = stopPictureState(scene, drawerState.status, black);
  const map = state.kind === 'picture' ? state.map : null;
  // Drawn once per map and theme: the console re-renders every second for its clock.
  const src = useMemo(
    () => (drawer && map ? pictureAddress(drawer, map, theme) : null),
    [drawer, map, theme],
  );
  const retry = () => {
    for (const r of wanted) if (cache.state(r).status === 'failed') cache.load(r).catch(() => undefined);
  };

  return (
    <figure
      className="stop-picture"
      aria-label={label}
      data-state={state.kind}
      data-theme={theme}
      data-map-target={map ? (map.target ?? 'province') : undefined}
    >
      {state.kind === 'black' ? <p className="stop-picture-words stop-picture-black">黑屏</p> : null}
      {map && src ? <img className="stop-picture-image" src={src} alt={pictureAlt(map)} /> : null}
      {state.kind === 'missing' ? <MissingWords parts={state.parts} onRetry={retry} /> : null}
      {note ? <p className="stop-picture-note">{note}</p> : null}
    </figure>
  );
}

function MissingWords({
  parts,
  onRetry,
}: {
  parts: Parameters<typeof missingPictureWords>[0];
  onRetry: () => void;
}) {
  const { failed, words } = missingPictureWords(parts);
  return (
    <div className="stop-picture-words" data-failed={failed}>
      <p>{words}</p>
      {failed ? (
        <button type="button" className="button" onClick={onRetry}>
          重试
        </button>
      ) : null}
    </div>
  );
}
