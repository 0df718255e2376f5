import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { AHEAD_MODULES_META } from '../src/lib/ahead-modules';

/** A build-only plugin that adds tags to index.html, made from the bundle and the site's base path. */
function bundleTags(
  name: string,
  tags: (bundle: Rollup.OutputBundle, base: string) => HtmlTagDescriptor[],
): Plugin {
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => tags(ctx.bundle ?? {}, base),
    },
  };
}

/** The bundle's chunks (not its assets). */
const chunksOf = (bundle: Rollup.OutputBundle): Rollup.OutputChunk[] =>
  Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));

/** The lazily imported chunks whose module ends with one of the suffixes. */
const dynamicChunks = (bundle: Rollup.OutputBundle, moduleSuffixes: readonly string[]) =>
  chunksOf(bundle).filter(
    (chunk) =>
      chunk.isDynamicEntry && moduleSuffixes.some((suffix) => chunk.facadeModuleId?.endsWith(suffix)),
  );

/**
 * Adds `<link rel="modulepreload">` for the lazily imported modules the first screen needs at once (the newest
 * year's list): the browser then fetches them alongside the entry script instead of after it has run. Build only:
 * `vite` (dev) serves modules unbundled.
 */
export function preloadFirstScreen(moduleSuffixes: readonly string[]): Plugin {
  return bundleTags('preload-first-screen', (bundle, base) =>
    dynamicChunks(bundle, moduleSuffixes).map((chunk) => ({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
      injectTo: 'head',
    })),
  );
}

/**
 * Lists, in a `<meta name="modules-ahead">` (src/lib/ahead-modules.ts), the files of the lazily imported modules
 * given and everything they import: the page preloads them itself when it is idle. Build only; nothing to list
 * where the build has no lazy chunks (the offline file).
 */
export function listModulesAhead(moduleSuffixes: readonly string[]): Plugin {
  return bundleTags('list-modules-ahead', (bundle, base) => {
    const chunks = new Map(chunksOf(bundle).map((chunk) => [chunk.fileName, chunk]));
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
    const wanted = dynamicChunks(bundle, moduleSuffixes);
    const files = [...closure(wanted.map((chunk) => chunk.fileName))].filter((file) => !loaded.has(file));
    if (files.length === 0) return [];
    return [
      {
        tag: 'meta',
        attrs: { name: AHEAD_MODULES_META, content: files.map((file) => `${base}${file}`).join(' ') },
        injectTo: 'head',
      },
    ];
  });
}
