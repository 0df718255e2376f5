import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headerPolicy, pageInlineScripts } from '../csp-plugin';

/** The template nginx is run with (`{{NAME}}` marks a value filled in here). */
export const NGINX_TEMPLATE = resolve(import.meta.dirname, '../../deploy/nginx.conf');

/** What differs between one nginx and another: where it listens, what it serves and under which path. */
export interface NginxSite {
  /** nginx's `listen`: `127.0.0.1:8080`, or `80` on a server. */
  listen: string;
  /** The build folder, absolute (dist/). */
  root: string;
  /** The path the site lives under: `/`, or `/chucai/` beside an existing intranet site (vite's `base`). */
  base: string;
  /** Where nginx keeps its pid and temporary files. */
  prefix: string;
  /** Whether nginx starts as root: its workers then need a named user. */
  asRoot: boolean;
}

/** A sub-path as vite's `base` takes it: `/`, or `/name/` with both slashes; anything else is refused. */
export function normalBase(base: string | undefined): string {
  const value = base ?? '/';
  if (!/^\/([\w.-]+\/)*$/.test(value)) throw new Error(`a base path looks like /chucai/, not ${value}`);
  return value;
}

/** The template with every `{{NAME}}` filled in; a name it does not know is an error, not an empty string. */
export function nginxConf(template: string, site: NginxSite): string {
  const values: Record<string, string> = {
    // Root starts nginx when it is the one running the tests (a CI container): its workers read the build where
    // it lies, which `nobody` may not reach.
    USER: site.asRoot ? 'user root;' : '',
    PREFIX: site.prefix,
    LISTEN: site.listen,
    ROOT: site.root.replace(/\/+$/, ''),
    BASE: normalBase(site.base),
    // The page's boot script is allowed by hash, as in its meta tag: read from the build it serves.
    CSP: headerPolicy(pageInlineScripts(join(site.root, 'index.html'))),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf names an unknown value {{${name}}}`);
    return value;
  });
}

/** deploy/nginx.conf, filled in. */
export function readNginxConf(site: NginxSite): string {
  return nginxConf(readFileSync(NGINX_TEMPLATE, 'utf8'), site);
}
