import { useEffect, useEffectEvent, useState } from 'react';

// The keys of a meeting, the same on a screen and in a console, and what a presentation clicker (翻页笔) sends:
// PageDown/PageUp for its arrows, B or . for its black-screen button (PowerPoint's keys).

/** What the tour's keys do. */
export interface TourKeyActions {
  next: () => void;
  previous: () => void;
  togglePause: () => void;
  /** B or .: the screens go black, and the same key brings them back. */
  toggleBlack?: () => void;
  exit: () => void;
  /** Digits and Enter: go to stop n (1-based); only where the operator can see the stops' numbers. */
  jumpTo?: (stop: number) => void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', 'n', 'N']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp', 'p', 'P']);
const BLACK_KEYS = new Set(['b', 'B', '.']);
/** A stop number is typed in a few digits; more is a slip. */
const MAX_DIGITS = 3;

/** In a text field or a select the keys are the field's own. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]') !== null;
}

/**
 * Listens for the tour's keys on the whole window, wherever the focus is (except in a text field or a select,
 * and except where a widget already took the key, e.g. the arrows inside a grid of stops): →, PageDown or N go
 * on; ←, PageUp or P go back; Space pauses or resumes, also on a focused button (Enter still presses it); B or .
 * blacks the screens; Esc leaves. With `jumpTo`, digits then Enter go to that stop. Returns the digits typed so
 * far, for the page to show.
 */
export function useTourKeys(actions: TourKeyActions): string {
  const [digits, setDigits] = useState('');
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTyping(event.target)) return;
    const { key } = event;
    if (actions.jumpTo && /^\d$/.test(key)) {
      setDigits((typed) => (typed + key).slice(-MAX_DIGITS));
      return;
    }
    if (actions.jumpTo && digits !== '' && (key === 'Enter' || key === 'Backspace')) {
      event.preventDefault();
      if (key === 'Enter') {
        actions.jumpTo(Number(digits));
        setDigits('');
      } else setDigits(digits.slice(0, -1));
      return;
    }
    if (digits !== '') setDigits('');
    if (NEXT_KEYS.has(key)) actions.next();
    else if (PREVIOUS_KEYS.has(key)) actions.previous();
    else if (key === ' ') actions.togglePause();
    else if (BLACK_KEYS.has(key) && actions.toggleBlack) actions.toggleBlack();
    else if (key === 'Escape') return actions.exit();
    else return;
    // The key was the tour's: not a scroll, not a press of the focused button.
    event.preventDefault();
  });
  // A button is pressed by Space when the key comes up: the tour took that Space on its way down.
  const onKeyUp = useEffectEvent((event: KeyboardEvent) => {
    if (event.key === ' ' && !isTyping(event.target) && !event.altKey && !event.ctrlKey && !event.metaKey)
      event.preventDefault();
  });
  useEffect(() => {
    const down = (event: KeyboardEvent) => onKeyDown(event);
    const up = (event: KeyboardEvent) => onKeyUp(event);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);
  return digits;
}
