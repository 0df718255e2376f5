import { useRef } from 'react';

/**
 * Whether a control's change comes from a key. The browser makes a key's change (a closed select stepping on
 * ArrowDown, which Chromium reports as a change on each step; a letter typed into a box) in the keydown's
 * default action, in the same task; a change in a later task came from elsewhere: a pick from the open list,
 * the search box's clear button.
 */
export function useKeyCause() {
  const pending = useRef(false);
  return {
    /** Call from the control's keydown. */
    keyDown: () => {
      pending.current = true;
      window.setTimeout(() => {
        pending.current = false;
      });
    },
    /** Call from the control's change: whether a key made it. */
    fromKey: () => pending.current,
  };
}
