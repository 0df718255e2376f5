// The command line's promises: it writes the list and its review file, or nothing, and never overwrites silently.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../run-import';
import { fixtureNotice } from './notice-fixture';

interface Run {
  code: number;
  log: string[];
  errors: string[];
}

async function run(...argv: string[]): Promise<Run> {
  const result: Run = { code: -1, log: [], errors: [] };
  result.code = await runImport(argv, {
    log: (m) => result.log.push(m),
    error: (m) => result.errors.push(m),
  });
  return result;
}

/** A temporary folder holding notice.txt (two projects, 2023) and a lists/ folder to write into. */
function workspace(notice = fixtureNotice([{ unit: '郑州市人大常委会' }, { unit: '新郑市人大常委会' }])) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  writeFileSync(join(dir, 'notice.txt'), notice);
  return { dir, notice: join(dir, 'notice.txt'), out: join(dir, 'lists', '2023.json') };
}

describe('npm run import', () => {
  it('writes the list, validated, and its review file', async () => {
    const { notice, out } = workspace();
    const result = await run(notice, '--out', out);
    expect(result).toMatchObject({ code: 0, errors: [] });
    const list = JSON.parse(readFileSync(out, 'utf8'));
    expect(list.source).toEqual({
      title: '关于河南省人大系统“出彩工作”评选结果的公示',
      publisher: '河南省人大常委会办公厅',
      date: '2023-12-20',
      year: 2023,
    });
    expect(list.projects.map((p: { county: string | null }) => p.county)).toEqual([null, '410184']);
    const review = readFileSync(`${out}.review.md`, 'utf8');
    expect(review).toContain('## 2. 项目2');
    expect(review).toMatch(/- \[ \] 类别：\S+（`\w+`）/);
  });

  it('never overwrites an existing list without --force', async () => {
    const { notice, out } = workspace();
    await run(notice, '--out', out);
    writeFileSync(out, 'curated by hand');
    const refused = await run(notice, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.errors.join('\n')).toContain('已经存在；确要覆盖请加 --force');
    expect(readFileSync(out, 'utf8')).toBe('curated by hand');

    expect((await run(notice, '--out', out, '--force')).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).projects).toHaveLength(2);
  });

  it('writes nothing for a unit it cannot place, and names the line', async () => {
    const { dir, notice, out } = workspace(fixtureNotice([{ unit: '某县人大常委会' }]));
    const result = await run(notice, '--out', out);
    expect(result.code).toBe(1);
    expect(result.errors.join('\n')).toMatch(
      /没有写入任何文件\n第 \d+ 行：无法确定申报单位「某县人大常委会」的地点/,
    );
    expect(readdirSync(dir)).toEqual(['notice.txt']);
  });

  it('refuses an output named for another year than the notice’s', async () => {
    const { notice, dir } = workspace();
    const result = await run(notice, '--out', join(dir, '2022.json'));
    expect(result.errors.join('\n')).toContain('2022.json 的文件名是 2022 年，公示却是 2023 年度的');
    expect(existsSync(join(dir, '2022.json'))).toBe(false);
  });

  it('says how many categories agree with a curated list', async () => {
    const { notice, out, dir } = workspace();
    await run(notice, '--out', out);
    const curated = JSON.parse(readFileSync(out, 'utf8'));
    curated.projects[0].category = curated.projects[0].category === 'deputy' ? 'democracy' : 'deputy';
    curated.projects[0].tags = [];
    writeFileSync(join(dir, 'curated.json'), JSON.stringify(curated));
    const result = await run(
      notice,
      '--out',
      join(dir, 'other', '2023.json'),
      '--compare',
      join(dir, 'curated.json'),
    );
    expect(result.log[0]).toBe(`类别：2 项中有 1 项与 ${join(dir, 'curated.json')} 相同`);
  });

  it('shows its usage when the output is missing', async () => {
    const result = await run('notice.txt');
    expect(result.code).toBe(2);
    expect(result.errors[0]).toMatch(/^usage: npm run import/);
  });
});
