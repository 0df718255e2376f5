// For the tests that guard what the code leans on in a dependency (its private modules, the shape of its output):
// such a dependency is pinned exactly, and the tests are about the version installed.
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')) as unknown;

/** The range package.json asks for, the version package-lock.json holds, and the version installed. */
export function pinnedPackage(name: string): { wanted: string; locked: string; installed: string } {
  const manifest = readJson('package.json') as { dependencies: Record<string, string> };
  const lock = readJson('package-lock.json') as { packages: Record<string, { version: string }> };
  const installed = readJson(`node_modules/${name}/package.json`) as { version: string };
  return {
    wanted: manifest.dependencies[name] ?? '',
    locked: lock.packages[`node_modules/${name}`]?.version ?? '',
    installed: installed.version,
  };
}
