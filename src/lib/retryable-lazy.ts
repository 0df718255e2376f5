import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';

/** A lazily loaded component whose failed download can be tried again. */
export type RetryableLazy<P extends object> = ComponentType<P> & {
  /** Forgets a failed load, so the next render imports the module anew. */
  retry: () => void;
};

/**
 * React.lazy remembers a rejected import for good, so a 重试 that only re-renders would fail again at once. This
 * renders a fresh `lazy(load)` after each `retry`; put it inside an error boundary whose reset calls `retry`.
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
      current = lazy(load);
    },
  });
}
