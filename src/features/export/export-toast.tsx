import { useEffect } from 'react';
import { useExportStatus } from './export-status';
import './export.css';

/** Long enough to read a file name twice; after it the message stays until the user's next action. */
const READ_FOR_MS = 8000;
const NEXT_ACTION = ['pointerdown', 'keydown'] as const;

/** The confirmation after an export, in a live region that screen readers announce. */
export function ExportToast() {
  const { message, failed, serial, clear } = useExportStatus();
  useEffect(() => {
    if (!message) return;
    // Someone who looked away while the file was made still finds the message when they look back.
    const dismiss = () => clear();
    const timer = window.setTimeout(() => {
      for (const type of NEXT_ACTION) window.addEventListener(type, dismiss, { once: true, capture: true });
    }, READ_FOR_MS);
    return () => {
      window.clearTimeout(timer);
      for (const type of NEXT_ACTION) window.removeEventListener(type, dismiss, { capture: true });
    };
  }, [message, serial, clear]);
  // The region stays in the page while empty, so the first message is announced too.
  return (
    <div
      role="status"
      aria-live="polite"
      className={`export-toast${message ? ' is-shown' : ''}${failed ? ' is-failed' : ''}`}
    >
      {message}
    </div>
  );
}
