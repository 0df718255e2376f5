import { useEffect, useRef } from 'react';
import { useDashboard } from '../../state/store';

// Set when the presentation screen goes away, read by the 演示模式 button that comes back in its place.
let returningFromPresentation = false;
// Set by the 演示模式 button, read by the presentation screen: a link that opens in presentation mode leaves
// the focus alone (no focus ring on the meeting-room screen before anyone touched it).
let enteringFromOffice = false;

/** True once after the 演示模式 button was pressed: the presentation screen then takes the focus. */
export function takeEnteringFromOffice(): boolean {
  const entering = enteringFromOffice;
  enteringFromOffice = false;
  return entering;
}

/** Called as the presentation screen unmounts: the office layout's 演示模式 button takes the focus back. */
export function markLeftPresentation(): void {
  returningFromPresentation = true;
}

/** 深色 on/off: dark for presentation screens, light for the office; available in both layouts. */
export function ThemeToggle({ className = 'button' }: { className?: string }) {
  const theme = useDashboard((s) => s.theme);
  const setTheme = useDashboard((s) => s.setTheme);
  return (
    <button
      type="button"
      className={`${className} theme-toggle`}
      aria-pressed={theme === 'dark'}
      onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
    >
      深色
    </button>
  );
}

/** Enters presentation mode (the URL gets mode=present, so the link opens it too). */
export function PresentButton() {
  const setMode = useDashboard((s) => s.setMode);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!returningFromPresentation) return;
    returningFromPresentation = false;
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <button
      type="button"
      className="button"
      ref={ref}
      onClick={() => {
        enteringFromOffice = true;
        setMode('present');
      }}
    >
      演示模式
    </button>
  );
}
