import type { KeyboardEvent } from 'react';
import { useDraft } from './use-draft';
import type { CommitMode } from './use-draft';
import { useKeyCause } from './use-key-cause';

interface SearchBoxProps {
  query: string;
  setQuery: (query: string) => void;
  commit: CommitMode;
}

/**
 * The 搜索 box. Live, every keystroke applies; on leave, the text typed is a draft until Enter or the focus
 * leaves, Esc drops it, and the clear button (a click, not a key) applies at once.
 */
export function SearchBox({ query, setQuery, commit }: SearchBoxProps) {
  const draft = useDraft(query, setQuery);
  const keys = useKeyCause();
  const live = commit === 'live';
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (live) return;
    // An Enter or Esc that ends an input method's composition (pinyin to 汉字) is the composition's.
    const composing = event.nativeEvent.isComposing;
    if (event.key === 'Enter' && !composing) draft.commit();
    else if (event.key === 'Escape' && !composing) {
      // Not the browser's Esc, which empties a search box: here Esc gives back what the room sees.
      event.preventDefault();
      if (draft.shown !== query) event.stopPropagation();
      draft.revert();
    } else keys.keyDown();
  };
  return (
    <label className="filter-search">
      <span className="filter-heading">搜索</span>
      <input
        type="search"
        value={draft.shown}
        placeholder="标题、申报单位或简介中的文字"
        onKeyDown={onKeyDown}
        onChange={(event) => {
          const text = event.target.value;
          const byKey = keys.fromKey();
          if (live || (text === '' && !byKey)) draft.pick(text);
          else draft.edit(text);
        }}
        onPointerDown={keys.forget}
        onBlur={() => {
          keys.forget();
          draft.commit();
        }}
        maxLength={100}
      />
    </label>
  );
}
