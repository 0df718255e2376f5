import { useEffect } from 'react';
import { useExportStatus } from './export-status';
import './export.css';

const SHOW_FOR_MS = 5000;

/** The confirmation after an export, in a live region that screen readers announce. */
export function ExportToast() {
  const { message, failed, serial, clear } = useExportStatus();
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(clear, SHOW_FOR_MS);
    return () => window.clearTimeout(timer);
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
