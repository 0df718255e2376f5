import { createServer } from 'vite';
import type { Plugin } from 'vite';
import { bootScript } from './lib/boot-script';

/** Where index.html wants the first screen: inside #root, after the message for a page that cannot start. */
export const FIRST_SCREEN_MARK = '<!--first-screen-->';

/**
 * Puts the first screen into the built index.html (build only; `vite` serves index.html as it is): the default
 * view rendered by React in Node (src/app/prerender.tsx, through a Vite SSR server on the same config), with the
 * map as static SVG, and the boot script that hides it for links to another view. The page paints it before its
 * scripts have downloaded; the app replaces it with the same markup and the chart takes the static map's place
 * (src/state/static-shell.ts).
 */
export function prerenderFirstScreen(newestYear: number): Plugin {
  let configFile: string | undefined;
  let root = process.cwd();
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      configFile = config.configFile;
      root = config.root;
    },
    // The shell paints without any script: the scripts and the chunks preloaded with them come at low priority,
    // after the stylesheet the shell needs (and are not render-blocking to a browser's scheduler or to
    // Lighthouse, which otherwise counts a high-priority script as holding the first paint back).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          file.source = lowPriorityScripts(String(file.source));
        }
      },
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(FIRST_SCREEN_MARK)) throw new Error(`index.html has no ${FIRST_SCREEN_MARK}`);
        const markup = await renderFirstScreen(root, configFile);
        return html
          .replace(FIRST_SCREEN_MARK, markup)
          .replace('</title>', `</title>\n    <script>${bootScript(newestYear)}</script>`);
      },
    },
  };
}

async function renderFirstScreen(root: string, configFile: string | undefined): Promise<string> {
  const server = await createServer({
    root,
    configFile,
    mode: 'development',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    // Bundled for Node rather than imported from node_modules: these ship ESM that Node alone cannot load
    // (imports without file extensions, or .js modules in a package not marked as ESM).
    ssr: { noExternal: ['echarts-for-react', 'echarts', 'zrender'] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
      renderFirstScreen: () => Promise<string>;
    };
    return await module.renderFirstScreen();
  } finally {
    await server.close();
  }
}

/** Marks the page's script files and module preloads `fetchpriority="low"`. */
export function lowPriorityScripts(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
}
