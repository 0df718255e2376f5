/** How long to wait for a first paint that may never be reported (no paint timing): the page goes on anyway. */
const PAINT_WAIT_LIMIT_MS = 300;

/**
 * Resolves once the page has painted for the first time: at once if it has, or if it is not visible (a page in a
 * background tab does not paint). A prerendered page hydrates after it, so that on a fast link, where the scripts
 * arrive before the first frame, the HTML paints first instead of waiting behind hydration. Paint timing, not an
 * animation frame: it reports the frame that was shown.
 */
export function afterFirstPaint(): Promise<void> {
  if (document.visibilityState !== 'visible' || typeof PerformanceObserver === 'undefined') {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(done);
    try {
      // Buffered: a paint reported before this call counts too.
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // A browser without paint timing.
      resolve();
      return;
    }
    const timer = setTimeout(done, PAINT_WAIT_LIMIT_MS);
  });
}
