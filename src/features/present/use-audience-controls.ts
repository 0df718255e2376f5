import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useDashboard } from '../../state/store';

/** How long the controls stay after the pointer stops moving (as a video player's do). */
export const CONTROLS_HIDE_MS = 2_500;

/** A pointer must move this far (CSS px) to count: a browser's own re-sent move at the same spot is not a hand. */
const MOVED_PX = 3;

/**
 * Whether the audience screen shows its controls. On a clean screen (full screen, or driven by a console) they
 * are hidden, with the cursor, until the pointer moves or Tab is pressed, and hide again CONTROLS_HIDE_MS after
 * the last such sign; when they hide, what the pointer left on the charts (a tooltip, a highlight) is cleared.
 * Elsewhere they are always shown.
 */
export function useAudienceControls(clean: boolean): boolean {
  const [wanted, setWanted] = useState(false);
  const [sign, setSign] = useState(0);
  const clearPointer = useDashboard((s) => s.clearPointer);
  const last = useRef<{ x: number; y: number } | null>(null);

  const show = useEffectEvent(() => {
    setWanted(true);
    setSign((n) => n + 1);
  });
  useEffect(() => {
    const onMove = (event: PointerEvent) => {
      const at = last.current;
      last.current = { x: event.screenX, y: event.screenY };
      if (
        event.type === 'pointermove' &&
        at &&
        Math.hypot(at.x - event.screenX, at.y - event.screenY) < MOVED_PX
      )
        return;
      show();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') show();
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    window.addEventListener('pointerdown', onMove, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerdown', onMove);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const hide = useEffectEvent(() => {
    setWanted(false);
    clearPointer();
  });
  useEffect(() => {
    if (!clean || !wanted) return;
    const timer = window.setTimeout(hide, CONTROLS_HIDE_MS);
    return () => window.clearTimeout(timer);
  }, [clean, wanted, sign]);

  return !clean || wanted;
}
