import { useEffect, useEffectEvent, useState } from 'react';
import type { TourStep } from './tour-steps';

/** After the last pointer or key activity, the tour waits this long before it moves on again. */
export const IDLE_RESUME_MS = 30_000;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** The tour's position and controls, for the presentation screen. */
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
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]') !== null;
}

// Space and Enter on a focused control press that control (the browser's own behaviour), never the tour.
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], [role="button"], summary') !== null;
}

/**
 * Drives the auto tour: one step every `intervalSeconds` (a chained timeout, re-armed after each step and
 * cleared on unmount), Space to pause or resume (unless a button has the focus: then Space presses it), ←/→ to step, Esc to leave. Pointer or key activity holds
 * the tour until the user has been idle for IDLE_RESUME_MS. A new set of steps (filters changed) restarts it.
 */
export function useTour(steps: readonly TourStep[], intervalSeconds: number, onExit: () => void): Tour {
  const stepsKey = steps.map((s) => s.key).join('|');
  const count = steps.length;
  // The index belongs to one set of steps; when the steps change the tour starts again from the first.
  const [position, setPosition] = useState({ stepsKey, index: 0 });
  const index = position.stepsKey === stepsKey ? Math.min(position.index, Math.max(0, count - 1)) : 0;
  const [paused, setPaused] = useState(false);
  const [holding, setHolding] = useState(false);

  const go = (delta: number) =>
    setPosition((p) => {
      const from = p.stepsKey === stepsKey ? p.index : 0;
      return { stepsKey, index: count === 0 ? 0 : (from + delta + count) % count };
    });
  const togglePause = () => {
    if (paused) setHolding(false);
    setPaused(!paused);
  };

  const advance = useEffectEvent(() => go(1));
  const running = !paused && !holding && count > 1;
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(advance, intervalSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [running, index, stepsKey, intervalSeconds]);

  // Any activity holds the tour; the last one arms the idle timer that lets it go again.
  const [activity, setActivity] = useState(0);
  const onActivity = useEffectEvent(() => {
    setHolding(true);
    setActivity((n) => n + 1);
  });
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

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    if (event.key === ' ') {
      if (isControl(event.target)) return;
      // Nothing focused to press: Space is the tour's pause key (and must not scroll the page).
      event.preventDefault();
      togglePause();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      onActivity();
      go(event.key === 'ArrowRight' ? 1 : -1);
    } else if (event.key === 'Escape') {
      onExit();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return {
    step: steps[index],
    index,
    count,
    paused,
    holding,
    next: () => go(1),
    previous: () => go(-1),
    togglePause,
  };
}
