import { create } from 'zustand';

/** The latest export's outcome, for the status line. */
interface ExportStatus {
  message: string;
  failed: boolean;
  /** Counts announcements, so the same message twice still re-renders and restarts the timer. */
  serial: number;
  announce: (message: string, failed?: boolean) => void;
  clear: () => void;
}

/** A small store of its own: the status is the export feature's business, not the dashboard's view. */
export const useExportStatus = create<ExportStatus>()((set) => ({
  message: '',
  failed: false,
  serial: 0,
  announce: (message, failed = false) => set((s) => ({ message, failed, serial: s.serial + 1 })),
  clear: () => set({ message: '', failed: false }),
}));

/** Runs an export and reports the file it made, or what went wrong. */
export async function runExport(make: () => Promise<string>): Promise<void> {
  const { announce } = useExportStatus.getState();
  try {
    announce(`已导出：${await make()}`);
  } catch (error) {
    announce(`导出失败：${error instanceof Error ? error.message : String(error)}`, true);
  }
}
