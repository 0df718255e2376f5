import { useCallback, useEffect, useState } from 'react';
import { coalesceHistory } from '../../state/url-sync';

// A run of key steps applies once the keys rest this long: one drill and one announcement, not one per step.
const STEP_SETTLE_MS = 400;

/**
 * The 地区 select's value while the arrow keys step through it: shown at once, applied to the store when the
 * steps rest (or the select loses the focus). `pick` applies at once and drops a pending step.
 */
export function useSteppedRegion(region: string | null, setRegion: (code: string | null) => void) {
  const [stepped, setStepped] = useState<{ code: string | null } | null>(null);
  const apply = useCallback(
    (code: string | null) => {
      setStepped(null);
      coalesceHistory('region-select', () => setRegion(code));
    },
    [setRegion],
  );
  useEffect(() => {
    if (!stepped) return;
    const timer = window.setTimeout(() => apply(stepped.code), STEP_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [stepped, apply]);
  return {
    shown: stepped ? stepped.code : region,
    step: (code: string | null) => setStepped({ code }),
    pick: (code: string | null) => {
      setStepped(null);
      setRegion(code);
    },
    settle: () => {
      if (stepped) apply(stepped.code);
    },
  };
}
