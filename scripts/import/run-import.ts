// The importer's command line: read the notice, draft the list, and write it and its review file, or nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset, type Dataset } from '../../src/data/schema';
import { categoryAgreement, importNotice } from './draft-list';
import { noticeText } from './notice-text';
import { renderReview } from './review-file';

const USAGE =
  'usage: npm run import -- <notice.txt|.html|.docx> --out data/lists/<year>.json [--force] [--compare <list.json>]';

/** Where the importer reports: progress to `log`, problems to `error` (console in the CLI). */
export interface Reporter {
  log(message: string): void;
  error(message: string): void;
}

/** Run the importer on command-line arguments; resolves to the process exit code. */
export async function runImport(argv: readonly string[], report: Reporter): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string' }, force: { type: 'boolean' }, compare: { type: 'string' } },
    });
  } catch (error) {
    report.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [notice, ...extra] = args.positionals;
  const { out, force = false, compare } = args.values;
  if (!notice || !out || extra.length) {
    report.error(USAGE);
    return 2;
  }
  const reviewPath = `${out}.review.md`;

  try {
    const { dataset, suggestions } = importNotice(await noticeText(notice, readFileSync(notice)));
    const named = /^(\d{4})\.json$/.exec(basename(out))?.[1];
    if (named && Number(named) !== dataset.source.year) {
      throw new Error(`${out} 的文件名是 ${named} 年，公示却是 ${dataset.source.year} 年度的`);
    }

    // A list already at --out is the curated one to compare with, when it is one; --compare names another.
    const curated = compare ? readList(compare) : existsSync(out) ? tryReadList(out) : undefined;
    if (curated) {
      const { agree, total } = categoryAgreement(dataset, curated);
      report.log(`类别：${total} 项中有 ${agree} 项与 ${compare ?? out} 相同`);
    }

    const existing = [out, reviewPath].filter((path) => existsSync(path));
    if (existing.length && !force) {
      throw new Error(`${existing.join(' 和 ')} 已经存在；确要覆盖请加 --force`);
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
    writeFileSync(reviewPath, renderReview(dataset, suggestions, notice, out));
    report.log(`${out}：${describe(dataset)}`);
    report.log(`${reviewPath}：核对单，${suggestions.length} 项的地点、类别、标签和关键数字待确认`);
    return 0;
  } catch (error) {
    report.error(`导入 ${notice}：没有写入任何文件\n${(error as Error).message}`);
    return 1;
  }
}

function readList(path: string): Dataset {
  return parseDataset(JSON.parse(readFileSync(path, 'utf8')));
}

function tryReadList(path: string): Dataset | undefined {
  try {
    return readList(path);
  } catch {
    return undefined;
  }
}

function describe({ source, projects }: Dataset): string {
  const count = (level: string) => projects.filter((p) => p.level === level).length;
  return `${projects.length} 项（省级 ${count('province')}，市级 ${count('city')}，县级 ${count('county')}），取自${source.title}，${source.date}`;
}
