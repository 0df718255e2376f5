import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dashboardTitle } from '../src/data/labels';
import { parseDataset } from '../src/data/schema';
import type { Dataset } from '../src/data/schema';

/** The folder of list files (`<year>.json`): `data/lists`, or another for a build of test lists. */
export const LISTS_DIR = process.env.CHUCAI_LISTS_DIR ?? 'data/lists';

const YEAR_FILE = /^(\d{4})\.json$/;

/** The newest year that has a list file in `dir` (the list a link without `year=` shows). */
export function newestYear(dir: string): number {
  const years = readdirSync(dir).flatMap((name) => {
    const year = YEAR_FILE.exec(name)?.[1];
    return year ? [Number(year)] : [];
  });
  return Math.max(...years);
}

/** Reads and checks every list file of `dir`; throws naming the file, the project and the field. */
export function readLists(dir: string): Map<number, Dataset> {
  const lists = new Map<number, Dataset>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const where = join(relative(process.cwd(), dir) || '.', name);
    const year = YEAR_FILE.exec(name)?.[1];
    if (!year) throw new Error(`${where}: a list file is named <year>.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${where} is not valid JSON: ${(error as Error).message}`);
    }
    let dataset: Dataset;
    try {
      dataset = parseDataset(raw);
    } catch (error) {
      throw new Error(`${where} is invalid:\n${(error as Error).message}`);
    }
    if (dataset.source.year !== Number(year)) {
      throw new Error(
        `${where} is invalid:\ndataset: source.year ${dataset.source.year} does not match the file name`,
      );
    }
    lists.set(Number(year), dataset);
  }
  if (lists.size === 0) throw new Error(`${dir} holds no list (<year>.json)`);
  return lists;
}

/**
 * Fails `vite build` (and `vite` dev start) when a list file is malformed, with a message naming the file, the
 * project and the field, before any bundle is written; and names the page after the newest list (title and
 * description of index.html), so that a browser tab and a search result say the year before any script runs.
 */
export function validateData(dir = LISTS_DIR): Plugin {
  let folder = resolve(dir);
  let newest: Dataset | undefined;
  const check = (plugin: { error: (message: string) => never }) => {
    try {
      const lists = readLists(folder);
      newest = lists.get(Math.max(...lists.keys()));
    } catch (error) {
      plugin.error((error as Error).message);
    }
  };
  return {
    name: 'validate-lists',
    configResolved(config) {
      folder = resolve(config.root, dir);
    },
    buildStart() {
      this.addWatchFile(folder);
      check(this);
    },
    transformIndexHtml(html) {
      if (!newest) return html;
      const title = dashboardTitle(newest.source.year);
      return html
        .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
        .replace(
          /<meta name="description" content="[^"]*"/,
          `<meta name="description" content="${title}${newest.projects.length} 项名单的地图看板"`,
        );
    },
  };
}
