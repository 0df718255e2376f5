import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

/**
 * The header's buttons. On a short, narrow screen (a small phone on its side: responsive.css) they fold behind
 * one 更多 button, a disclosure that opens them as a list under it; everywhere else the 更多 button is hidden and
 * the buttons stand in a row.
 */
export function HeaderActions({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const group = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A tap or click anywhere else folds the list away.
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!group.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div
      ref={group}
      className="app-actions"
      data-open={open}
      onKeyDown={onKeyDown}
      // Tabbing on past the last button folds the list, as a tap elsewhere does.
      onBlur={(event) => {
        if (event.relatedTarget && !group.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="button app-actions-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        更多
      </button>
      <div id={listId} className="app-actions-list">
        {children}
      </div>
    </div>
  );
}
