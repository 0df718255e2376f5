import type { Plugin } from 'vite';
import { AHEAD_MODULES_META } from '../src/lib/ahead-modules';

/**
 * Adds `<link rel="modulepreload">` for the lazily imported modules the first screen needs at once (the newest
 * year's list): the browser then fetches them alongside the entry script instead of after it has run. Build only:
 * `vite` (dev) serves modules unbundled.
 */
export function preloadFirstScreen(moduleSuffixes: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter(
          (file) =>
            file.type === 'chunk' &&
            file.isDynamicEntry &&
            moduleSuffixes.some((suffix) => file.facadeModuleId?.endsWith(suffix)),
        );
        return chunks.map((chunk) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

/**
 * Lists, in a `<meta name="modules-ahead">` (src/lib/ahead-modules.ts), the files of the lazily imported modules
 * given and everything they import: the page preloads them itself when it is idle. Build only; nothing to list
 * where the build has no lazy chunks (the offline file).
 */
export function listModulesAhead(moduleSuffixes: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'list-modules-ahead',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = new Map(
          Object.values(ctx.bundle ?? {}).flatMap((file) =>
            file.type === 'chunk' ? [[file.fileName, file]] : [],
          ),
        );
        const closure = (roots: readonly string[]) => {
          const found = new Set<string>();
          const add = (fileName: string) => {
            if (found.has(fileName)) return;
            found.add(fileName);
            chunks.get(fileName)?.imports.forEach(add);
          };
          roots.forEach(add);
          return found;
        };
        // What the entry imports is there already.
        const all = [...chunks.values()];
        const loaded = closure(all.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const wanted = all.filter(
          (chunk) =>
            chunk.isDynamicEntry && moduleSuffixes.some((suffix) => chunk.facadeModuleId?.endsWith(suffix)),
        );
        const files = [...closure(wanted.map((chunk) => chunk.fileName))].filter((file) => !loaded.has(file));
        if (files.length === 0) return [];
        return [
          {
            tag: 'meta',
            attrs: {
              name: AHEAD_MODULES_META,
              content: files.map((file) => `${base}${file}`).join(' '),
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
