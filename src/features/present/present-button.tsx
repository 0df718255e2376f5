// The way into presentation mode from the office layout, and the focus handed between the two layouts.
import { useEffect, useRef } from 'react';
import { useDashboard } from '../../state/store';

/** True once after the 演示模式 button was pressed: the presentation screen then takes the focus. */
export function takeEnteringFromOffice(): boolean {
  const { focusHandOver, handOverFocus } = useDashboard.getState();
  if (focusHandOver !== 'to-presentation') return false;
  handOverFocus(null);
  return true;
}

/** Called as the presentation screen unmounts: the office layout's 演示模式 button takes the focus back. */
export function markLeftPresentation(): void {
  useDashboard.getState().handOverFocus('to-office');
}

/** Enters presentation mode (the URL gets mode=present, so the link opens it too). */
export function PresentButton() {
  const setMode = useDashboard((s) => s.setMode);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const { focusHandOver, handOverFocus } = useDashboard.getState();
    if (focusHandOver !== 'to-office') return;
    handOverFocus(null);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <button
      type="button"
      className="button"
      ref={ref}
      onClick={() => {
        // A link that opens in presentation mode leaves the focus alone (no focus ring on the meeting-room screen
        // before anyone touched it); the button hands it over.
        useDashboard.getState().handOverFocus('to-presentation');
        setMode('present');
      }}
    >
      演示模式
    </button>
  );
}
