import type { Plugin } from 'vite';

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
