import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../validate-data-plugin';

const shipped = JSON.parse(readFileSync('data/lists/2022.json', 'utf8')) as {
  source: { year: number; date: string };
  projects: { id: number; county: string | null }[];
};

type Hooks = { buildStart: () => void; transformIndexHtml: (html: string) => string };

/** Runs the plugin's hooks the way Vite would, on a folder of list files with the given texts. */
function buildWith(files: Record<string, string>): Hooks {
  const dir = mkdtempSync(join(tmpdir(), 'lists-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const plugin = validateData(dir);
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const hooks = plugin as unknown as {
    buildStart: (this: typeof context) => void;
    transformIndexHtml: (html: string) => string;
  };
  return {
    buildStart: () => hooks.buildStart.call(context),
    transformIndexHtml: (html) => hooks.transformIndexHtml(html),
  };
}

describe('the build-time check of the lists', () => {
  it('lets the shipped list through', () => {
    expect(() => buildWith({ '2022.json': JSON.stringify(shipped) }).buildStart()).not.toThrow();
  });

  it('fails the build naming the file, the project and the field', () => {
    const broken = structuredClone(shipped);
    broken.projects.find((p) => p.id === 13)!.county = '41010';
    const build = buildWith({ '2022.json': JSON.stringify(shipped), '2023.json': JSON.stringify(broken) });
    expect(() => build.buildStart()).toThrow(
      /2023\.json is invalid:\n.*project 13: county must be a 6-digit adcode/,
    );
  });

  it('fails the build on a file that is not JSON, or one named for another year', () => {
    expect(() => buildWith({ '2022.json': '{ "projects": [' }).buildStart()).toThrow(
      /2022\.json is not valid JSON/,
    );
    expect(() => buildWith({ '2021.json': JSON.stringify(shipped) }).buildStart()).toThrow(
      /2021\.json is invalid:\n.*does not match the file name/,
    );
  });

  it('fails on a project number past the list’s length', () => {
    const broken = structuredClone(shipped);
    broken.projects.pop();
    expect(() => buildWith({ '2022.json': JSON.stringify(broken) }).buildStart()).toThrow(
      /project 35: id must be 1\.\.34/,
    );
  });

  it('names the page after the newest list', () => {
    const next = structuredClone(shipped);
    next.source.year = 2023;
    next.source.date = '2023-12-20';
    const build = buildWith({ '2022.json': JSON.stringify(shipped), '2023.json': JSON.stringify(next) });
    build.buildStart();
    const html = build.transformIndexHtml('<title>x</title><meta name="description" content="y" />');
    expect(html).toContain('<title>河南省人大系统“出彩工作”（2023年度）</title>');
    expect(html).toContain('content="河南省人大系统“出彩工作”（2023年度）35 项名单的地图看板"');
  });
});
