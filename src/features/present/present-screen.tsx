import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { dashboardTitle } from '../../data';
import { yearListLabel } from '../../state/scene';
import type { MissingPart, ReadyScene } from '../../state/scene';
import { useDashboard } from '../../state/store';
import { useReadyScene } from '../../state/use-scene';
import { markLeftPresentation, takeEnteringFromOffice } from './present-button';
import { ThemeToggle } from './theme-toggle';
import { TourPanel } from './tour-panel';
import { announceStep, buildTourSteps } from './tour-steps';
import { useFullscreen, exitFullscreen } from './use-fullscreen';
import { useTourFocus } from './use-tour-focus';
import { remoteIndex, useTour } from './use-tour';
import type { TourCommand, TourRemote } from './use-tour';
import { useFollowRoom } from './use-follow-room';
import type { RoomFollow } from './use-follow-room';
import type { RoomState } from './presenter-link';
import { addressIn } from './view-address';
import { tourStatus } from './tour-status';
import { missingWords, screenStatus } from './room-status';
import { useAudienceControls } from './use-audience-controls';
import { useFilters } from '../../state/selectors';
import type { TourStep } from './tour-steps';
import './present.css';

interface PresentScreenProps {
  /** The map (the hero), supplied by the app shell. */
  map: ReactNode;
  /** The key figures strip, supplied by the app shell. */
  keyFigures: ReactNode;
  /** More title-bar buttons from the shell (导出PPT), before 退出演示. */
  actions?: ReactNode;
  /**
   * The 年度 choice from the shell (nothing when there is one list), first in the title bar; a year chosen there
   * goes to `choose` (which asks the console while one leads this screen).
   */
  yearSwitcher?: (choose: (year: number) => void) => ReactNode;
}

/**
 * The console's year while this screen still shows another (following a console, the screen shows no stop of
 * its own year meanwhile): its list, loading or failed. Null when the screen shows the console's year.
 */
function awaitedYear(scene: ReadyScene, consoleYear: number | null): MissingPart | null {
  if (consoleYear === null || consoleYear === scene.year) return null;
  const failed = scene.pendingYear?.year === consoleYear && scene.pendingYear.status === 'failed';
  return { what: yearListLabel(consoleYear), status: failed ? 'failed' : 'loading' };
}

/** Says 轮播已暂停 / 轮播已继续 when the user pauses or resumes (the button's new name alone is not announced). */
function PauseAnnouncement({ paused }: { paused: boolean }) {
  const [said, setSaid] = useState('');
  const [before, setBefore] = useState(paused);
  // Only a change is news: nothing is said on entering the presentation.
  if (before !== paused) {
    setBefore(paused);
    setSaid(paused ? '轮播已暂停' : '轮播已继续');
  }
  return (
    <p className="visually-hidden" role="status" data-testid="tour-pause-announcement">
      {said}
    </p>
  );
}

/** A tour driven by the room: its stop and pause; a control on this screen changes the room for every window. */
function roomTour(follow: RoomFollow, steps: readonly TourStep[]): TourRemote | null {
  const { room } = follow;
  if (!room) return null;
  const at = remoteIndex(steps, room);
  const go = (delta: number): Partial<RoomState> => {
    const index = steps.length === 0 ? 0 : (at + delta + steps.length) % steps.length;
    return { index, stepKey: steps[index]?.key ?? null, black: false };
  };
  const patches: Record<TourCommand, () => Partial<RoomState>> = {
    next: () => go(1),
    previous: () => go(-1),
    'toggle-pause': () => ({ paused: !room.paused }),
  };
  return { ...room, command: (command) => follow.change(patches[command]()) };
}

/**
 * The big-screen layout: title bar with controls, large key figures, the map, the tour's side panel. On a clean
 * screen (full screen, or driven by a console) the controls, the key hints and the cursor show only while the
 * pointer moves; B or . blacks the whole screen.
 */
export function PresentScreen({ map, keyFigures, actions, yearSwitcher }: PresentScreenProps) {
  const scene = useReadyScene();
  const { matching, list } = scene;
  const { source } = list;
  const steps = useMemo(() => buildTourSteps(matching), [matching]);
  const interval = useDashboard((s) => s.interval);
  const setMode = useDashboard((s) => s.setMode);
  const leave = () => {
    exitFullscreen();
    setMode('office');
  };
  // While a presenter console is connected, the room drives the tour; the screen's own timer yields to it.
  const follow = useFollowRoom();
  const { room } = follow;
  // Black (B or .): the room's while a console is connected; the screen's own, kept from the room, when alone.
  // Alone, a step by hand brings the screen back, as the room's steps do.
  const [ownBlack, setOwnBlack] = useState<{ at: string | null } | null>(null);
  if (room && (ownBlack !== null) !== room.black) setOwnBlack(room.black ? { at: room.stepKey } : null);
  const black = room ? room.black : ownBlack !== null;
  const toggleBlack = () =>
    room ? follow.change({ black: !black }) : setOwnBlack(black ? null : { at: tourKey });
  const tour = useTour(steps, interval, leave, {
    remote: roomTour(follow, steps),
    toggleBlack,
    still: black,
  });
  // Until the console's year is here, none of this year's stops stands under the console's: the panel says what
  // is coming and the map shows no stop.
  const awaited = awaitedYear(scene, room?.year ?? null);
  const tourKey = tour.step?.key ?? null;
  if (!room && ownBlack !== null && ownBlack.at !== tourKey) setOwnBlack(null);
  const step = awaited ? undefined : tour.step;
  const openConsole = () => {
    // Blocked from opening a window, this one becomes the console (its 打开放映窗口 then opens the screen).
    if (!follow.openConsole(addressIn('presenter'))) setMode('presenter');
  };
  useTourFocus(step?.focus ?? null);
  // Every stop, also one of the same place (省级 1/6 → 2/6), drops what a pointer left on the map.
  const clearPointer = useDashboard((s) => s.clearPointer);
  const stopKey = step?.key ?? null;
  useEffect(() => clearPointer(), [clearPointer, stopKey]);
  // The room hears what this screen shows: the room it holds (its own tour's while alone), its year, its stop,
  // what its scene lacks.
  const stepKey = step?.key ?? null;
  const { report, ownRoom: roomOf } = follow;
  const filters = useFilters();
  const chosenYear = useDashboard((s) => s.pendingYear ?? s.year);
  const ownRoom = useMemo(
    () =>
      roomOf({
        year: chosenYear,
        filters,
        stepKey: tour.step?.key ?? null,
        index: tour.index,
        paused: tour.paused,
        black,
      }),
    [roomOf, chosenYear, filters, tour.step, tour.index, tour.paused, black],
  );
  const theme = useDashboard((s) => s.theme);
  const status = useMemo(
    () => screenStatus(scene, { room: room ?? ownRoom, following: room !== null, stepKey, theme }),
    [scene, room, ownRoom, stepKey, theme],
  );
  useEffect(() => report(status), [report, status]);
  const fullscreen = useFullscreen();
  // Content only on a clean screen: the controls come back while the pointer moves.
  const clean = fullscreen.active || room !== null;
  const controlsShown = useAudienceControls(clean);
  // Entering from the office puts the focus on the first control (the focus was on 演示模式, now gone).
  const firstControl = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeEnteringFromOffice()) firstControl.current?.focus({ preventScroll: true });
    return markLeftPresentation;
  }, []);

  return (
    <div className="present" data-clean={clean} data-controls={controlsShown ? 'shown' : 'hidden'}>
      <header className="present-header">
        <h1>{dashboardTitle(source.year)}</h1>
        {yearSwitcher?.(follow.chooseYear)}
        {/* A group, not a toolbar: a toolbar promises ←/→ between its buttons, and ←/→ step the tour here, also
            from 暂停, where the focus lands on entering. */}
        <div className="present-controls" role="group" aria-label="演示控制">
          <button type="button" className="present-button" ref={firstControl} onClick={tour.togglePause}>
            {tour.paused ? '继续' : '暂停'}
          </button>
          <button type="button" className="present-button" onClick={tour.previous}>
            上一个
          </button>
          <button type="button" className="present-button" onClick={tour.next}>
            下一个
          </button>
          {fullscreen.supported ? (
            <button type="button" className="present-button" onClick={fullscreen.toggle}>
              {fullscreen.active ? '退出全屏' : '全屏'}
            </button>
          ) : null}
          <ThemeToggle className="present-button" />
          <button type="button" className="present-button" onClick={openConsole}>
            演讲者视图
          </button>
          {actions}
          <button type="button" className="present-button present-exit" onClick={leave}>
            退出演示
          </button>
        </div>
      </header>
      {keyFigures}
      <main className="present-main">
        <section className="panel map-panel present-map" aria-label="地图">
          {map}
        </section>
        <TourPanel
          step={step}
          index={tour.index}
          count={tour.count}
          status={tourStatus(tour, matching.length)}
          awaited={awaited}
          driven={room !== null}
        />
      </main>
      <footer className="present-footer">
        <p>
          来源：{source.publisher}《{source.title}》（{source.date}）
        </p>
        <p className="present-keys">
          {room ? '由演讲者视图控制 · ' : ''}
          空格 暂停/继续 · →/PageDown/N 下一个 · ←/PageUp/P 上一个 · B 或 . 黑屏 · Esc 退出演示
        </p>
      </footer>
      {black ? <div className="present-black" data-testid="black-screen" /> : null}
      <p className="visually-hidden" aria-live="polite" data-testid="tour-announcement">
        {black ? '黑屏' : awaited ? missingWords(awaited) : announceStep(step)}
      </p>
      <PauseAnnouncement paused={tour.paused} />
    </div>
  );
}
