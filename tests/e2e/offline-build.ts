import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';

/** The offline package's one file, as the build names it. */
export const OFFLINE_FILE = '出彩工作看板.html';

/**
 * Builds the offline package (`vite build --mode offline`) into a new temporary folder and returns the folder.
 * Specs that open the file from disk (a USB stick, not the preview server) build it themselves.
 */
export function buildOffline(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'offline-build-'));
  // A test build, not the package users get: with the test hooks (window.__charts), which the specs read.
  execSync(`npx vite build --mode offline --logLevel error --outDir ${outDir}`, {
    stdio: 'inherit',
    env: { ...process.env, VITE_TEST_HOOKS: '1' },
  });
  return outDir;
}

/**
 * For the tests of the describe block it is called in: builds the offline package before them and removes it after
 * them. Returns the offline file's file:// address, to be read inside a test.
 */
export function offlinePackage(): () => string {
  let outDir = '';
  test.beforeAll(() => {
    outDir = buildOffline();
  });
  test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  return () => offlineUrl(outDir);
}

/** The file:// address of the offline file in a folder buildOffline made. */
export function offlineUrl(outDir: string): string {
  return pathToFileURL(join(outDir, OFFLINE_FILE)).href;
}

/**
 * Lets only file:, data: and blob: requests through, as on a computer with no network; returns the list of
 * addresses the pages tried to reach anyway (to be empty).
 */
export async function blockNetwork(context: BrowserContext): Promise<string[]> {
  const network: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    network.push(url);
    return route.abort('internetdisconnected');
  });
  return network;
}
