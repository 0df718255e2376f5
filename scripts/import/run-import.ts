// The importer's command line: read the notice, draft the list, and write it and its review file, or nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset, type Dataset } from '../../src/data/schema';
import { categoryAgreement, importNotice } from './import-notice';
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
      throw new Error(`${out} is named for ${named}, but the notice is for ${dataset.source.year}`);
    }

    // A list already at --out is the curated one to compare with, when it is one; --compare names another.
    const curated = compare ? readList(compare) : existsSync(out) ? tryReadList(out) : undefined;
    if (curated) {
      const { agree, total } = categoryAgreement(dataset, curated);
      report.log(`categories: ${agree}/${total} agree with ${compare ?? out}`);
    }

    const existing = [out, reviewPath].filter((path) => existsSync(path));
    if (existing.length && !force) {
      throw new Error(`${existing.join(' and ')} already exist(s); pass --force to overwrite`);
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
    writeFileSync(reviewPath, renderReview(dataset, suggestions, notice, out));
    report.log(`${out}: ${describe(dataset)}`);
    report.log(`${reviewPath}: ${suggestions.length} projects' category, tags and highlights to confirm`);
    return 0;
  } catch (error) {
    report.error(`import: ${notice}: nothing written\n${(error as Error).message}`);
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
  return `${projects.length} projects (province ${count('province')}, city ${count('city')}, county ${count('county')}) from ${source.title}, ${source.date}`;
}
