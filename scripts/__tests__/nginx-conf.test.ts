import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerPolicy, policyFor } from '../csp-plugin';
import { nginxConf, normalBase, readNginxConf, type NginxSite } from '../lib/nginx-conf';

const site = (over: Partial<NginxSite> = {}): NginxSite => ({
  listen: '127.0.0.1:8080',
  root: '/srv/chucai/dist/',
  base: '/',
  prefix: '/tmp/p',
  asRoot: false,
  ...over,
});

describe('deploy/nginx.conf', () => {
  it('sends the page’s own policy plus frame-ancestors, filled in from csp-plugin', () => {
    expect(headerPolicy()).toBe(`${policyFor()}; frame-ancestors 'none'`);
    const conf = readNginxConf(site());
    expect(conf).toContain(`add_header Content-Security-Policy "${headerPolicy()}" always;`);
    expect(conf).not.toMatch(/\{\{\w+\}\}/);
    expect(conf).not.toMatch(/^\s*user /m);
    expect(readNginxConf(site({ asRoot: true }))).toMatch(/^user root;/m);
  });

  it('serves a sub-path from the build folder', () => {
    const conf = readNginxConf(site({ base: '/chucai/' }));
    expect(conf).toContain('location /chucai/assets/ {\n            alias /srv/chucai/dist/assets/;');
    expect(conf).toContain('location /chucai/ {\n            alias /srv/chucai/dist/;');
  });

  it('refuses a value it does not know and a base path vite would not take', () => {
    expect(() => nginxConf('listen {{PORT}};', site())).toThrow(/\{\{PORT\}\}/);
    expect(normalBase(undefined)).toBe('/');
    for (const bad of ['chucai/', '/chucai', '/a b/', 'https://x/']) expect(() => normalBase(bad)).toThrow();
  });

  it.skipIf(!existsSync('/usr/sbin/nginx'))('is a config nginx accepts', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'chucai-nginx-test-'));
    try {
      const conf = join(prefix, 'nginx.conf');
      writeFileSync(
        conf,
        readNginxConf(site({ base: '/chucai/', prefix, asRoot: process.getuid?.() === 0 })),
      );
      expect(() =>
        execFileSync('/usr/sbin/nginx', ['-t', '-q', '-p', prefix, '-c', conf, '-e', 'stderr'], {
          stdio: 'pipe',
        }),
      ).not.toThrow();
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
