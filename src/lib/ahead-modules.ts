/**
 * Modules fetched ahead of need, while the page is idle: the build lists their files in a <meta> of this name
 * (scripts/preload-plugin.ts), the page asks for them as module preloads (fetched and compiled, never run) when
 * it chooses. Nothing is listed in a build without lazy chunks (the offline file).
 */
export const AHEAD_MODULES_META = 'modules-ahead';

/** Preloads the modules the build listed: their later import() then only runs them. */
export function preloadListedModules(): void {
  const listed = document.querySelector<HTMLMetaElement>(`meta[name="${AHEAD_MODULES_META}"]`);
  for (const href of listed?.content.split(' ').filter(Boolean) ?? []) {
    if (document.querySelector(`link[rel="modulepreload"][href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.crossOrigin = '';
    document.head.append(link);
  }
}
