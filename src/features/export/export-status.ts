import { create } from 'zustand';
import { isLoadFailure } from '../../lib/load-failure';

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

/** An export failure whose message is written for the user: Chinese, short, no technical detail. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** What the status line says about a failed export. The error itself goes to the console, never on screen. */
export function failureMessage(error: unknown): string {
  if (error instanceof ExportError) return `导出失败：${error.message}`;
  if (isLoadFailure(error)) return '导出失败：网络中断，请重试';
  return '导出失败，请重试';
}

/** Runs an export and reports the file it made, or what went wrong. */
export async function runExport(make: () => Promise<string>): Promise<void> {
  const { announce } = useExportStatus.getState();
  try {
    announce(`已导出：${await make()}`);
  } catch (error) {
    console.error('导出失败', error);
    announce(failureMessage(error), true);
  }
}
