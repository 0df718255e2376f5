import { useEffect, useEffectEvent, useState } from 'react';
import type { TourStep } from './tour-steps';
import { useTourKeys } from './use-tour-keys';

/** After the last pointer or key activity, the tour waits this long before it moves on again. */
export const IDLE_RESUME_MS = 30_000;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** What a control asks of the tour; a screen that follows a console sends these to the console instead. */
export type TourCommand = 'next' | 'previous' | 'toggle-pause';

/** The tour's position and controls, for the presentation screen and the presenter console. */
export interface Tour {
  readonly step: TourStep | undefined;
  /** 0-based position in the steps. */
  readonly index: number;
  readonly count: number;
  /** Paused by the user (Space or the 暂停 button) until they resume. */
  readonly paused: boolean;
  /** Held because the user is interacting; moves on again after IDLE_RESUME_MS without activity. */
  readonly holding: boolean;
  next: () => void;
  previous: () => void;
  togglePause: () => void;
  /** Goes straight to a step (a stop or prefecture button of the console). */
  jump: (index: number) => void;
}

/** A tour driven from elsewhere: a presenter console's position, and where the controls' commands go. */
export interface TourRemote {
  /** The console's current step key; its index is the fallback while the screen's steps catch up. */
  readonly stepKey: string | null;
  readonly index: number;
  readonly paused: boolean;
  command: (command: TourCommand) => void;
}

export interface TourOptions {
  /** While set, the tour shows the remote's position: no timer, no hold, the controls ask the remote. */
  readonly remote?: TourRemote | null;
  /** B or .: black the screen, or bring it back. */
  readonly toggleBlack?: () => void;
  /** While set, the tour stands still (a black screen). */
  readonly still?: boolean;
}

/** The remote's stop among `steps`: found by key, else (the steps catching up) by its index. */
export function remoteIndex(
  steps: readonly TourStep[],
  remote: Pick<TourRemote, 'stepKey' | 'index'>,
): number {
  const found = steps.findIndex((s) => s.key === remote.stepKey);
  return found >= 0 ? found : Math.min(remote.index, Math.max(0, steps.length - 1));
}

/** The tour's own position: an index into one set of steps, and the key of the step it points at. */
interface Position {
  readonly stepsKey: string;
  readonly index: number;
  readonly key: string | null;
}

/**
 * Where a position stands in `steps`: its index while the steps are the same; after a change (another year, other
 * filters) the same stop where the new steps have it, else the first.
 */
function indexIn(position: Position, steps: readonly TourStep[], stepsKey: string): number {
  if (position.stepsKey === stepsKey) return Math.min(position.index, Math.max(0, steps.length - 1));
  const kept = steps.findIndex((s) => s.key === position.key);
  return kept >= 0 ? kept : 0;
}

/**
 * Drives a screen's own tour: one step every `intervalSeconds` (a chained timeout, re-armed after each step and
 * cleared on unmount), with the tour's keys (useTourKeys: Space pauses or resumes, →/←, PageDown/PageUp and N/P
 * step, B or . blacks the screen, Esc leaves). Pointer activity and a step by hand hold the tour until the user
 * has been idle for IDLE_RESUME_MS. A new set of steps (another year, other filters) keeps the current stop where
 * the new steps have it, paused or not, and else starts from the first. With a remote, the remote decides; when
 * the remote goes, the tour carries on from where the remote left it, paused if it was paused.
 */
export function useTour(
  steps: readonly TourStep[],
  intervalSeconds: number,
  onExit: () => void,
  { remote = null, toggleBlack, still = false }: TourOptions = {},
): Tour {
  const stepsKey = steps.map((s) => s.key).join('|');
  const count = steps.length;
  // The index belongs to one set of steps; when the steps change, the stop's key finds it in the new ones.
  const [position, setPosition] = useState<Position>({ stepsKey, index: 0, key: steps[0]?.key ?? null });
  const ownIndex = indexIn(position, steps, stepsKey);
  const at = (index: number): Position => ({ stepsKey, index, key: steps[index]?.key ?? null });
  const [ownPaused, setPaused] = useState(false);
  const [holding, setHolding] = useState(false);

  // The own position keeps up with the steps and, following a remote, with the remote (adjusted while rendering,
  // React's pattern for state derived from a prop): the stop found in new steps is the one kept through the next
  // change, and the tour carries on from the remote's stop when the remote goes; it goes unpaused then.
  const followed = remote ? remoteIndex(steps, remote) : null;
  const index = followed ?? ownIndex;
  if (position.stepsKey !== stepsKey || position.index !== index) setPosition(at(index));
  // The remote's pause is kept when it goes: a room paused from a console stays paused after the console closed.
  const [followedPause, setFollowedPause] = useState<boolean | null>(null);
  const remotePause = remote ? remote.paused : null;
  if (followedPause !== remotePause) {
    setFollowedPause(remotePause);
    if (remotePause === null) setPaused(followedPause ?? false);
    setHolding(false);
  }
  const paused = remote ? remote.paused : ownPaused;

  const go = (delta: number) =>
    setPosition((p) => at(count === 0 ? 0 : (indexIn(p, steps, stepsKey) + delta + count) % count));
  const step = (delta: number) => {
    hold();
    go(delta);
  };
  const togglePause = () => {
    if (paused) setHolding(false);
    setPaused(!paused);
  };
  const controls = remote
    ? {
        next: () => remote.command('next'),
        previous: () => remote.command('previous'),
        togglePause: () => remote.command('toggle-pause'),
      }
    : { next: () => step(1), previous: () => step(-1), togglePause };

  const advance = useEffectEvent(() => go(1));
  const running = !remote && !paused && !holding && !still && count > 1;
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(advance, intervalSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [running, index, stepsKey, intervalSeconds]);

  // Any activity holds the tour; the last one arms the idle timer that lets it go again.
  const [activity, setActivity] = useState(0);
  const hold = () => {
    if (remote) return;
    setHolding(true);
    setActivity((n) => n + 1);
  };
  const onActivity = useEffectEvent(hold);
  useEffect(() => {
    if (!holding) return;
    const timer = window.setTimeout(() => setHolding(false), IDLE_RESUME_MS);
    return () => window.clearTimeout(timer);
  }, [holding, activity]);
  useEffect(() => {
    const listener = () => onActivity();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, listener, { passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, listener);
    };
  }, []);

  useTourKeys({ ...controls, toggleBlack, exit: onExit });

  return {
    step: steps[index],
    index,
    count,
    paused,
    holding: remote ? false : holding,
    ...controls,
    jump: (to: number) => setPosition(at(Math.max(0, Math.min(to, count - 1)))),
  };
}
