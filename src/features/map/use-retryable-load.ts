import { useEffect, useRef, useState } from 'react';

/**
 * Loads what `key` names (nothing while it is null) and keeps the last value loaded, so a view can go on showing
 * it while the next one loads. A failure is logged for developers (the raw error, an English message and a chunk
 * URL, is not for the screen) and reported as `failed`; `retry` loads the same key again. `loaded` is a value
 * already at hand for the first render (loading it again then changes nothing).
 */
export function useRetryableLoad<T>(
  key: string | null,
  load: (key: string) => Promise<T>,
  what: string,
  loaded: T | null = null,
): { value: T | null; failed: boolean; retry: () => void } {
  const [value, setValue] = useState<T | null>(loaded);
  const [failed, setFailed] = useState(false);
  // Bumped by 重试.
  const [attempt, setAttempt] = useState(0);
  // The key whose value the first render already had: loading it again would only render the view again.
  const preloaded = useRef(loaded === null ? null : key);
  useEffect(() => {
    if (key === null || (key === preloaded.current && attempt === 0)) return;
    preloaded.current = null;
    let cancelled = false;
    load(key).then(
      (next) => {
        if (cancelled) return;
        setValue(next);
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
    // `load` and `what` are fixed per call site; the key and the attempt decide when to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { value, failed, retry };
}
