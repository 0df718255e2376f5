import { useCallback, useState } from 'react';
import { runExport } from './export-status';

/** Wraps an export so a second click while one runs is ignored; `busy` drives aria-busy. */
export function useExportAction(): { busy: boolean; run: (make: () => Promise<string>) => void } {
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    (make: () => Promise<string>) => {
      if (busy) return;
      setBusy(true);
      void runExport(make).finally(() => setBusy(false));
    },
    [busy],
  );
  return { busy, run };
}
