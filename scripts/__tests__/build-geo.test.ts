// The committed data/geo must be exactly what `npm run geo` makes, and making it must be repeatable.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// Explicit imports: tsconfig.node.json (scripts, tests) does not declare vitest's globals.
import { afterAll, describe, expect, it } from 'vitest';
import { buildGeo } from '../build-geo';

const COMMITTED = fileURLToPath(new URL('../../data/geo/', import.meta.url));

/** Every file under dir, by path relative to dir. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const contents = await Promise.all(files.map((file) => readFile(file)));
  return new Map(files.map((file, i) => [relative(dir, file), contents[i]!]));
}

/** Paths whose bytes differ between two snapshots, or that only one has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)));
}

describe('buildGeo', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it(
    'writes the same bytes twice, and those are the committed data/geo files',
    { timeout: 120_000 },
    async () => {
      const builds: Map<string, Buffer>[] = [];
      for (let i = 0; i < 2; i++) {
        const outDir = await mkdtemp(join(tmpdir(), 'build-geo-'));
        dirs.push(outDir);
        const written = await buildGeo({ outDir });
        expect(written.map((f) => f.path)).toContain('henan.json');
        builds.push(await snapshot(outDir));
      }
      const [first, second] = builds as [Map<string, Buffer>, Map<string, Buffer>];
      expect(first.size).toBe(21); // henan.json, henan-measures.json, 18 county files and county-points.json
      expect(differences(first, second)).toEqual([]);
      expect(differences(first, await snapshot(COMMITTED)), 'run `npm run geo` and commit data/geo').toEqual(
        [],
      );
    },
  );
});
