import type { KeyboardEvent } from 'react';
import { PREFECTURES } from '../../data';
import { coalesceHistory } from '../../state/url-sync';
import { useDraft } from './use-draft';
import type { CommitMode } from './use-draft';
import { useKeyCause } from './use-key-cause';

// Live, a run of key steps applies once the keys rest this long: one drill and one announcement, not one per step.
const STEP_SETTLE_MS = 400;

interface RegionSelectProps {
  region: string | null;
  setRegion: (code: string | null) => void;
  /** How many projects each prefecture would give. */
  counts: ReadonlyMap<string, number>;
  commit: CommitMode;
  /** Whether a prefecture that would give nothing is disabled (the chosen one stays choosable). */
  disableEmpty: boolean;
}

/**
 * The 地区 select. Stepping through it with the keys keeps a draft: live, it applies when the keys rest (as one
 * Back entry); on leave, on Enter or when the focus leaves. A pick from the open list applies at once; Esc
 * drops the draft.
 */
export function RegionSelect({ region, setRegion, counts, commit, disableEmpty }: RegionSelectProps) {
  const draft = useDraft(
    region,
    setRegion,
    commit === 'live'
      ? {
          restMs: STEP_SETTLE_MS,
          applyDraft: (code) => coalesceHistory('region-select', () => setRegion(code)),
        }
      : {},
  );
  const keys = useKeyCause();
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === 'Enter') draft.commit();
    else if (event.key === 'Escape' && draft.shown !== region) {
      // The Esc is the select's: nothing else (a dialog, the console's way out) should also take it.
      event.stopPropagation();
      draft.revert();
    } else keys.keyDown();
  };
  return (
    <label className="filter-region">
      <span className="filter-heading">地区</span>
      <select
        value={draft.shown ?? ''}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          const code = event.target.value || null;
          if (keys.fromKey()) draft.edit(code);
          else draft.pick(code);
        }}
        onPointerDown={keys.forget}
        onBlur={() => {
          keys.forget();
          draft.commit();
        }}
      >
        <option value="">全省（{PREFECTURES.length}个省辖市）</option>
        {PREFECTURES.map((p) => {
          const count = counts.get(p.code) ?? 0;
          const chosen = p.code === region || p.code === draft.shown;
          return (
            <option key={p.code} value={p.code} disabled={disableEmpty && count === 0 && !chosen}>
              {p.name}（{count}）
            </option>
          );
        })}
      </select>
    </label>
  );
}
