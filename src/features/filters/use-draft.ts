import { useEffect, useEffectEvent, useState } from 'react';

/** How a draft reaches the store besides `commit`: by itself once the edits rest this long, or never. */
export interface DraftOptions<T> {
  /** Without it, a draft waits for `commit` (Enter, leaving the control). */
  restMs?: number;
  /** How a draft is applied (after a rest or on `commit`); `apply` by default. */
  applyDraft?: (value: T) => void;
}

/** A control's value while the user is still choosing it, and the ways it reaches the store. */
export interface Draft<T> {
  /** The draft if there is one, else the committed value. */
  shown: T;
  /** Keeps `value` as the draft (applied after a rest, or on `commit`). */
  edit: (value: T) => void;
  /** Applies the draft, if any and if it differs from the committed value. */
  commit: () => void;
  /** Applies `value` at once, dropping any draft. */
  pick: (value: T) => void;
  /** Drops the draft: the control shows the committed value again. */
  revert: () => void;
}

/**
 * A value edited in steps (a select stepped with the arrow keys, a search box typed into) whose steps must not
 * each reach the store: the control shows the draft at once, the store gets it once.
 */
export function useDraft<T>(
  committed: T,
  apply: (value: T) => void,
  { restMs, applyDraft = apply }: DraftOptions<T> = {},
): Draft<T> {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const settle = (value: T) => {
    setDraft(null);
    if (!Object.is(value, committed)) applyDraft(value);
  };
  // The rest counts from the last edit only: a render for another reason does not restart it.
  const settleRested = useEffectEvent(settle);
  useEffect(() => {
    if (!draft || restMs === undefined) return;
    const timer = window.setTimeout(() => settleRested(draft.value), restMs);
    return () => window.clearTimeout(timer);
  }, [draft, restMs]);
  return {
    shown: draft ? draft.value : committed,
    edit: (value) => setDraft({ value }),
    commit: () => {
      if (draft) settle(draft.value);
    },
    pick: (value) => {
      setDraft(null);
      apply(value);
    },
    revert: () => setDraft(null),
  };
}

/**
 * When a filter control's choice reaches the store: `live` as it is made (a select's key steps once they rest),
 * or `on-leave` only on Enter, a pick with the pointer, or leaving the control.
 */
export type CommitMode = 'live' | 'on-leave';
