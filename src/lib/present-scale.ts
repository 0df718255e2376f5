import { useSyncExternalStore } from 'react';

/**
 * The presentation layout's root font size in px for a viewport: 1/45 of the height (24 px at 1080p, 48 px at
 * 2160p), or 1/80 of the width on screens narrower than 16:9, within 12–96 px. The CSS of the presentation
 * layout (src/features/present/present.css) uses the same rule, so charts and page scale together.
 */
export function presentRem(width: number, height: number): number {
  return Math.min(96, Math.max(12, Math.min(height / 45, width / 80)));
}

/**
 * The office layout's root font size in px: 16 px up to 1920×1080, then growing with the screen (1/120 of the
 * width or 1/67.5 of the height, whichever is smaller) up to 32 px at 3840×2160. app.css uses the same rule.
 */
export function officeRem(width: number, height: number): number {
  return Math.min(32, Math.max(16, Math.min(width / 120, height / 67.5)));
}

/** Below this width the office layout is the phone layout (one column; see src/app/responsive.css). */
export const PHONE_MAX_WIDTH = 760;

/** Chart type in the office layout: 7/8 of officeRem, and 12 px on phones, where chart columns are narrow. */
export function officeChartFont(width: number, height: number): number {
  return width <= PHONE_MAX_WIDTH ? 12 : Math.round(officeRem(width, height) * 0.875);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** presentRem for the current window, updated on resize. */
export function usePresentRem(): number {
  return useSyncExternalStore(
    subscribe,
    () => presentRem(window.innerWidth, window.innerHeight),
    () => 16,
  );
}

/** officeRem for the current window, updated on resize. */
export function useOfficeRem(): number {
  return useSyncExternalStore(
    subscribe,
    () => officeRem(window.innerWidth, window.innerHeight),
    () => 16,
  );
}

/** officeChartFont for the current window, updated on resize. */
export function useOfficeChartFont(): number {
  return useSyncExternalStore(
    subscribe,
    () => officeChartFont(window.innerWidth, window.innerHeight),
    () => 14,
  );
}
