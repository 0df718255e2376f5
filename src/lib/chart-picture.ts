// What a live chart draws, in words, for the frame of its exports. The chart's view registers it; an export reads
// it, so a picture is never titled or captioned as something it does not show.

/** What a chart draws, as an export titles and captions it. */
export interface ChartPicture {
  /** The place drawn, for the title (e.g. 「信阳市」, 「信阳市 · 固始县」); none for the whole province. */
  readonly place?: string;
  /** What the colours and markers mean, printed under the title. */
  readonly note: string;
  /**
   * What the chart still loads before it draws the chosen view (e.g. 「郑州市县区地图」); an export waits for it.
   * Meanwhile `place` and `note` describe what is drawn until then.
   */
  readonly pending?: string;
}

/** How long an export waits for a pending picture before it takes what is drawn (a download that hangs). */
export const SETTLE_LIMIT_MS = 15_000;

const pictures = new Map<string, ChartPicture>();
const waiting = new Map<string, Set<() => void>>();

function wake(name: string): void {
  if (pictures.get(name)?.pending) return;
  for (const resolve of waiting.get(name) ?? []) resolve();
}

/** Records what a chart draws; returns the way to withdraw it (its view's effect cleanup). */
export function registerChartPicture(name: string, picture: ChartPicture): () => void {
  pictures.set(name, picture);
  wake(name);
  return () => {
    if (pictures.get(name) !== picture) return;
    pictures.delete(name);
    // A view replacing its picture withdraws the old one first: wake waiters only if none follows at once.
    queueMicrotask(() => wake(name));
  };
}

/** What the chart of this name draws now, or undefined when it registers none. */
export function chartPicture(name: string): ChartPicture | undefined {
  return pictures.get(name);
}

/**
 * Resolves with what the chart draws once it is not loading anything (at once if it is not), or, after
 * `limitMs`, with what it draws then.
 */
export function whenChartSettled(
  name: string,
  limitMs: number = SETTLE_LIMIT_MS,
): Promise<ChartPicture | undefined> {
  if (!pictures.get(name)?.pending) return Promise.resolve(pictures.get(name));
  return new Promise((resolve) => {
    const waiters = waiting.get(name) ?? new Set<() => void>();
    waiting.set(name, waiters);
    const done = () => {
      clearTimeout(timer);
      waiters.delete(done);
      resolve(pictures.get(name));
    };
    const timer = setTimeout(done, limitMs);
    waiters.add(done);
  });
}
