import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';
import { reloadFailedStylesheets } from './stylesheets';

/** A lazily loaded component whose failed download can be tried again. */
export type RetryableLazy<P extends object> = ComponentType<P> & {
  /** Forgets a failed load, so the next render loads the module (and any stylesheet that failed) anew. */
  retry: () => void;
};

/**
 * React.lazy remembers a rejected import for good, so a 重试 that only re-renders would fail again at once. This
 * renders a fresh `lazy(load)` after each `retry`; put it inside an error boundary whose reset calls `retry`.
 * The retry first downloads again the stylesheets that failed: Vite's preload helper never asks for them twice.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): RetryableLazy<P> {
  let current = lazy(load);
  function Retryable(props: P) {
    return createElement(current, props);
  }
  return Object.assign(Retryable, {
    retry: () => {
      current = lazy(() => reloadFailedStylesheets().then(load));
    },
  });
}
