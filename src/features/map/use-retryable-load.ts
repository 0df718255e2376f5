import { useEffect, useState } from 'react';

/**
 * Loads what `key` names (nothing while it is null). `value` is only ever the value of the current key: while
 * another key loads it is null, so a view never shows what was loaded for an earlier key as if it were this
 * one. `peek` returns a value already at hand (loaded before, by this view or another), so the first render
 * draws it at once. A failure is logged for developers (the raw error, an English message and a chunk URL, is
 * not for the screen) and reported as `failed`, for this key only; `retry` loads the same key again.
 */
export function useRetryableLoad<T>(
  key: string | null,
  load: (key: string) => Promise<T>,
  what: string,
  peek: (key: string) => T | null = () => null,
): { value: T | null; failed: boolean; retry: () => void } {
  const [loaded, setLoaded] = useState<{ key: string; value: T } | null>(null);
  const [failed, setFailed] = useState(false);
  // Bumped by 重试.
  const [attempt, setAttempt] = useState(0);
  // A new key forgets the last failure: coming back to a key that failed loads it again, and until that attempt
  // says otherwise it is loading, not failed (React's way to reset state when a prop changes, during render).
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setFailed(false);
  }
  const value = key === null ? null : loaded?.key === key ? loaded.value : peek(key);
  useEffect(() => {
    if (key === null || value !== null) return;
    let cancelled = false;
    load(key).then(
      (next) => {
        if (cancelled) return;
        setLoaded({ key, value: next });
        setFailed(false);
      },
      (error: unknown) => {
        if (cancelled) return;
        console.warn(`${what} failed to load`, error);
        setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
    // `load`, `peek` and `what` are fixed per call site; the key and the attempt decide when to load, `value`
    // whether anything is left to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { value, failed: failed && value === null, retry };
}
