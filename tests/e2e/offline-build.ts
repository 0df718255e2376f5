import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The offline package's one file, as the build names it. */
export const OFFLINE_FILE = '出彩工作看板.html';

/**
 * Builds the offline package (`vite build --mode offline`) into a new temporary folder and returns the folder.
 * Specs that open the file from disk (a USB stick, not the preview server) build it themselves.
 */
export function buildOffline(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'offline-build-'));
  execSync(`npx vite build --mode offline --logLevel error --outDir ${outDir}`, { stdio: 'inherit' });
  return outDir;
}

/** The file:// address of the offline file in a folder buildOffline made. */
export function offlineUrl(outDir: string): string {
  return pathToFileURL(join(outDir, OFFLINE_FILE)).href;
}
