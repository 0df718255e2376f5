import { useSyncExternalStore } from 'react';

/**
 * The presentation layout's root font size in px for a viewport: 1/45 of the height (24 px at 1080p, 48 px at
 * 2160p), or 1/80 of the width on screens narrower than 16:9, within 12–96 px. The CSS of the presentation
 * layout (src/features/present/present.css) uses the same rule, so charts and page scale together.
 */
export function presentRem(width: number, height: number): number {
  return Math.min(96, Math.max(12, Math.min(height / 45, width / 80)));
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
