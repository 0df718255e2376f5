import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../validate-data-plugin';

type ListJson = { source: Record<string, unknown>; projects: Record<string, unknown>[] };

// A valid list file of the year with `count` projects: № 1 county-level in 金水区, the rest city-level in 郑州.
// (scripts/ type-checks without Vite's client types, so it writes the JSON itself rather than through
// src/test/data-generators.ts, whose list type comes from the Vite-globbing registry.)
function listOf(year: number, count = 3): ListJson {
  const project = (id: number) => ({
    id,
    title: `测试项目${id}`,
    unit: `测试单位${id}`,
    summary: '测试简介。',
    level: id === 1 ? 'county' : 'city',
    prefecture: '410100',
    county: id === 1 ? '410105' : null,
    category: 'legislation',
    tags: [],
    highlights: [],
  });
  return {
    source: { title: '关于测试名单的公示', publisher: '测试办公厅', date: `${year}-12-01`, year },
    projects: Array.from({ length: count }, (_, i) => project(i + 1)),
  };
}

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

const json = (value: unknown) => JSON.stringify(value);

describe('the build-time check of the lists', () => {
  it('lets valid lists through', () => {
    expect(() =>
      buildWith({ '2030.json': json(listOf(2030)), '2031.json': json(listOf(2031)) }).buildStart(),
    ).not.toThrow();
  });

  it('fails the build naming the file, the project and the field', () => {
    const broken = listOf(2031);
    broken.projects[0]!.county = '41010';
    const build = buildWith({ '2030.json': json(listOf(2030)), '2031.json': json(broken) });
    expect(() => build.buildStart()).toThrow(
      /2031\.json is invalid:\n(.*\n)*project 1: county must be a 6-digit adcode/,
    );
  });

  it('fails the build on a file that is not JSON, one named for another year, or one not named <year>.json', () => {
    expect(() => buildWith({ '2030.json': '{ "projects": [' }).buildStart()).toThrow(
      /2030\.json is not valid JSON/,
    );
    expect(() => buildWith({ '2029.json': json(listOf(2030)) }).buildStart()).toThrow(
      /2029\.json is invalid:\n.*does not match the file name/,
    );
    expect(() =>
      buildWith({ '2030.json': json(listOf(2030)), 'latest.json': json(listOf(2030)) }).buildStart(),
    ).toThrow(/latest\.json: a list file is named <year>\.json/);
  });

  it('fails on a project number past the list’s length', () => {
    const broken = listOf(2030, 4);
    broken.projects.shift(); // № 2..4 in a list of three
    expect(() => buildWith({ '2030.json': json(broken) }).buildStart()).toThrow(
      /project #3: id must be 1\.\.3/,
    );
  });

  it('names the page after the newest list', () => {
    const build = buildWith({ '2030.json': json(listOf(2030)), '2031.json': json(listOf(2031, 5)) });
    build.buildStart();
    const html = build.transformIndexHtml('<title>x</title><meta name="description" content="y" />');
    expect(html).toContain('<title>河南省人大系统“出彩工作”（2031年度）</title>');
    expect(html).toContain('content="河南省人大系统“出彩工作”（2031年度）5 项名单的地图看板"');
  });
});
