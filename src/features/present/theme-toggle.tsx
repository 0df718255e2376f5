import { useDashboard } from '../../state/store';

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
