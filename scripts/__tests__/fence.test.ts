import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// The lint fence of eslint.config.js, fed a deliberately bad import for each rule: a rule that lets it through
// fails here. The files are linted where they would live, so the real config and resolver decide.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
// import-x/no-cycle parses every module a probe leads to (most of the app): the import probes, which are about
// the other rules, run without it; the cycle probe below has it.
const withoutCycles = new ESLint({ cwd: root, overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await withoutCycles.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const BAD_IMPORTS: [string, string, string, RegExp][] = [
  [
    'a feature imports another',
    'src/features/map/fence-bad.ts',
    "import '../present/tour-steps';",
    /another feature/,
  ],
  [
    'a feature born today imports another',
    'src/features/summary/fence-bad.ts',
    "import '../map/map-choices';",
    /another feature/,
  ],
  [
    'a feature imports the app shell',
    'src/features/map/fence-bad.ts',
    "import '../../app/paper-report';",
    /app shell/,
  ],
  [
    'the store imports a feature',
    'src/state/fence-bad.ts',
    "import '../features/map/map-choices';",
    /features/,
  ],
  [
    'the chart descriptors import a feature',
    'src/charts/fence-bad.ts',
    "import '../features/export/deck/slide-frame';",
    /features/,
  ],
  [
    'the chart descriptors import the app shell',
    'src/charts/fence-bad.ts',
    // A leaf of the shell: the rule is the same, and import-x/no-cycle need not walk the whole app.
    "import '../app/reload-when-stale';",
    /app shell/,
  ],
  [
    'the store imports the chart descriptors',
    'src/state/fence-bad.ts',
    "import '../charts/chart-list';",
    /src\/charts/,
  ],
  [
    'components import the chart descriptors',
    'src/components/ui/fence-bad.ts',
    "import '../../charts/chart-style';",
    /src\/charts/,
  ],
  [
    'the chart descriptors read a list file',
    'src/charts/fence-bad.ts',
    "import '../../data/lists/2022.json';",
    /Only src\/data/,
  ],
  ['geo imports the store', 'src/geo/fence-bad.ts', "import '../state/store';", /store/],
  ['lib imports the store', 'src/lib/fence-bad.ts', "import '../state/filters';", /store/],
  ['components import the store', 'src/components/ui/fence-bad.ts', "import '../../state/store';", /store/],
  [
    'a feature reads a list file',
    'src/features/map/fence-bad.ts',
    "import '../../../data/lists/2022.json';",
    /Only src\/data/,
  ],
  [
    'the store reads a list file',
    'src/state/fence-bad.ts',
    "import '../../data/lists/2022.json';",
    /Only src\/data/,
  ],
  ['lib reads geometry', 'src/lib/fence-bad.ts', "import '../../data/geo/henan.json';", /Only src\/geo/],
  [
    'echarts imported whole',
    'src/features/map/fence-bad.ts',
    "import * as echarts from 'echarts';\nexport default echarts;",
    /echarts\/core/,
  ],
  [
    'a feature imports echarts/core itself',
    'src/features/map/fence-bad.ts',
    "import { init } from 'echarts/core';\nexport default init;",
    /Only src\/lib\/echarts\.ts/,
  ],
  [
    'a chart descriptor imports zrender',
    'src/charts/fence-bad.ts',
    "import { init } from 'zrender';\nexport default init;",
    /Only src\/lib\/echarts\.ts/,
  ],
  ['lib imports a test helper', 'src/lib/fence-bad.ts', "import '../test/fixtures';", /test helpers/],
  [
    'a feature imports a test helper',
    'src/features/map/fence-bad.ts',
    "import '../../test/data-generators';",
    /test helpers/,
  ],
  [
    'a feature reads a list file through the @lists alias',
    'src/features/map/fence-bad.ts',
    "import '@lists/2022.json';",
    /@lists alias/,
  ],
  [
    'a test reads a list file through the @lists alias',
    'src/features/map/__tests__/fence-bad.test.ts',
    "import '@lists/2022.json';",
    /@lists alias/,
  ],
  [
    'a feature globs the list files',
    'src/features/map/fence-bad.ts',
    "export const lists = import.meta.glob('../../../data/lists/*.json');",
    /import\.meta\.glob/,
  ],
  [
    'the store globs files eagerly',
    'src/state/fence-bad.ts',
    "export const geo = import.meta.globEager('../../data/geo/*.json');",
    /import\.meta\.glob/,
  ],
  [
    'geo globs the list files',
    'src/geo/fence-bad.ts',
    "export const lists = import.meta.glob('@lists/*.json');",
    /Only src\/data reads the year lists/,
  ],
  [
    'data globs geometry',
    'src/data/fence-bad.ts',
    "export const shapes = import.meta.glob('../../data/geo/counties/*.json');",
    /Only src\/geo reads geometry/,
  ],
];

describe('the lint fence', () => {
  it.each(BAD_IMPORTS)('fails when %s', async (_what, file, code, expected) => {
    const found = await problems(file, code);
    expect(found.join('\n')).toMatch(expected);
  });

  it('lets the allowed direction through', async () => {
    expect(
      await problems(
        'src/features/map/fence-ok.ts',
        "import '../../state/store';\nimport '../../lib/theme';",
      ),
    ).toEqual([]);
  });

  it('lets the chart descriptors use the layers below, and the features use them', async () => {
    expect(
      await problems(
        'src/charts/fence-ok.ts',
        "import '../state/store';\nimport '../components/ui/data-table';\nimport '../geo';\nimport '../lib/theme';\nimport '../data';",
      ),
    ).toEqual([]);
    expect(await problems('src/features/export/fence-ok.ts', "import '../../charts/chart-list';")).toEqual(
      [],
    );
  });

  it('lets src/data glob the lists, src/geo the geometry, types come from ECharts, and tests use the helpers', async () => {
    const allowed: [string, string][] = [
      ['src/data/fence-ok.ts', "export const lists = import.meta.glob('@lists/*.json');"],
      ['src/geo/fence-ok.ts', "export const shapes = import.meta.glob('../../data/geo/counties/*.json');"],
      [
        'src/charts/fence-ok.ts',
        "import type { BarSeriesOption } from 'echarts/charts';\nexport type Bar = BarSeriesOption;",
      ],
      ['src/lib/fence-ok.ts', "import { echarts } from './echarts';\nexport default echarts;"],
      ['src/features/map/__tests__/fence-ok.test.ts', "import '../../../test/fixtures';"],
    ];
    for (const [file, code] of allowed) expect(await problems(file, code), file).toEqual([]);
  });

  const cycleDir = `${root}src/lib/fence-cycle-${process.pid}`;
  afterAll(() => rmSync(cycleDir, { recursive: true, force: true }));

  it('fails on an import cycle', async () => {
    mkdirSync(cycleDir, { recursive: true });
    writeFileSync(`${cycleDir}/a.ts`, "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(`${cycleDir}/b.ts`, "import { a } from './a';\nexport const b = () => a;\n");
    const [result] = await eslint.lintFiles([`${cycleDir}/a.ts`]);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
