import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../validate-data-plugin';

const shipped = JSON.parse(readFileSync('data/projects.json', 'utf8')) as {
  projects: { id: number; county: string | null }[];
};

/** Runs the plugin's buildStart the way Vite would, on a data file with the given text. */
function buildWith(text: string): void {
  const file = join(mkdtempSync(join(tmpdir(), 'data-')), 'projects.json');
  writeFileSync(file, text);
  const plugin = validateData(file);
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
}

describe('the build-time data check', () => {
  it('lets the shipped data file through', () => {
    expect(() => buildWith(JSON.stringify(shipped))).not.toThrow();
  });

  it('fails the build naming the project and the field', () => {
    const broken = structuredClone(shipped);
    broken.projects.find((p) => p.id === 13)!.county = '41010';
    expect(() => buildWith(JSON.stringify(broken))).toThrow('project 13: county must be a 6-digit adcode');
  });

  it('fails the build on a file that is not JSON', () => {
    expect(() => buildWith('{ "projects": [')).toThrow(/data\/projects.json is not valid JSON/);
  });
});
