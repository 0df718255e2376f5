import { useRef } from 'react';

/**
 * Whether a control's change comes from a key. A key's change (a closed select stepping on ArrowDown, a letter
 * typed into a box) comes right after the control's keydown. The keydown is remembered until the change it caused
 * takes it, or until the pointer goes down on the control (a pick from the open list, the search box's clear
 * button) or the focus leaves: a change then came from elsewhere. No timer decides it: one set at the keydown can
 * fire before the change where time is driven from outside (the browser tests' clock), and a step then counted as
 * a pick.
 */
export function useKeyCause() {
  const pending = useRef(false);
  const forget = () => {
    pending.current = false;
  };
  return {
    /** Call from the control's keydown. */
    keyDown: () => {
      pending.current = true;
    },
    /** Call from the control's pointerdown and blur. */
    forget,
    /** Call from the control's change, once per change: whether a key made it. */
    fromKey: () => {
      const byKey = pending.current;
      forget();
      return byKey;
    },
  };
}
