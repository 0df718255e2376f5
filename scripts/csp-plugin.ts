import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy. Scripts only from the page's own origin: no inline script, no eval. Styles
 * allow inline attributes because ECharts positions its tooltip and React its style props with them; images
 * allow data: and blob: for the exports. Nothing may be fetched from, or posted to, another origin.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * The policy, allowing also the given inline scripts by hash: the boot script of a built page (its script files
 * stay allowed) or, with `scriptFiles` false, the offline file's inlined app, which has no script files at all.
 */
export function policyFor(inlineScripts: readonly string[] = [], scriptFiles = true): string {
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  const scripts = [...(scriptFiles || hashes.length === 0 ? ["'self'"] : []), ...hashes].join(' ');
  return CSP_DIRECTIVES.map((d) => (d.startsWith('script-src') ? `script-src ${scripts}` : d)).join('; ');
}

/**
 * The policy a web server sends as a header (deploy/nginx.conf) for a page with these inline scripts: the page's
 * own, plus `frame-ancestors 'none'`, which only a header can carry (a meta tag's is ignored) and which forbids
 * framing the page (clickjacking).
 */
export function headerPolicy(inline: readonly string[] = []): string {
  return `${policyFor(inline)}; frame-ancestors 'none'`;
}

/** The inline scripts of a built page (none when there is no build there yet). */
export function pageInlineScripts(indexHtml: string): string[] {
  return existsSync(indexHtml) ? inlineScripts(readFileSync(indexHtml, 'utf8')) : [];
}

/** The text of every inline `<script>` in an HTML document (those without src). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
}

/** Puts the policy right after the charset (or first in <head>), before anything it governs. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta charset=[^>]*>/i;
  return charset.test(html)
    ? html.replace(charset, (m) => `${m}\n    ${meta}`)
    : html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/**
 * Ships the CSP in the built page only: `vite` (dev) serves React Refresh's inline preamble, which a strict
 * policy would block. Inline scripts (the boot script; the offline single file's inlined app) are allowed by
 * hash; the plugin must come after vite-plugin-singlefile, which inlines in its own generateBundle.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const scriptFiles = /<script\b[^>]*\bsrc=/i.test(html);
          file.source = withCspMeta(html, policyFor(inlineScripts(html), scriptFiles));
        }
      },
    },
  };
}
