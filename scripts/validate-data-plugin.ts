import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseDataset } from '../src/data/schema';

/**
 * Fails `vite build` (and `vite` dev start) when data/projects.json is malformed, with a message naming the
 * project and the field, before any bundle is written.
 */
export function validateData(relativePath = 'data/projects.json'): Plugin {
  let file = resolve(relativePath);
  return {
    name: 'validate-projects-data',
    configResolved(config) {
      file = resolve(config.root, relativePath);
    },
    buildStart() {
      this.addWatchFile(file);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        this.error(`data/projects.json is not valid JSON: ${(error as Error).message}`);
      }
      try {
        parseDataset(raw);
      } catch (error) {
        this.error(`data/projects.json is invalid:\n${(error as Error).message}`);
      }
    },
  };
}
