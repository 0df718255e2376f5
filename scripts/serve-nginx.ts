// `npm run serve:nginx`: the build served as it is deployed, by Debian's nginx in the foreground (Ctrl+C stops
// it). Root-less: the filled config, the pid and nginx's temporary files live in a fresh temporary folder.
//
//   NGINX_PORT   port on 127.0.0.1 (8080)          NGINX_ROOT  build folder (dist)
//   CHUCAI_BASE  sub-path the build was made for (/)  NGINX_LISTEN  nginx's listen, instead of 127.0.0.1:port
//   --print      write the filled config to stdout (pid and temporary files under NGINX_PREFIX), run nothing
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readNginxConf } from './lib/nginx-conf';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const port = Number(process.env.NGINX_PORT ?? 8080);
const root = resolve(process.env.NGINX_ROOT ?? 'dist');
const base = process.env.CHUCAI_BASE ?? '/';
const listen = process.env.NGINX_LISTEN ?? `127.0.0.1:${port}`;
const asRoot = process.getuid?.() === 0;

if (process.argv.includes('--print')) {
  process.stdout.write(
    readNginxConf({
      listen,
      root,
      base,
      prefix: process.env.NGINX_PREFIX ?? '/run/chucai-nginx',
      asRoot: false,
    }),
  );
} else {
  const prefix = mkdtempSync(join(tmpdir(), 'chucai-nginx-'));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, readNginxConf({ listen, root, base, prefix, asRoot }));
  const nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  console.log(`nginx serves ${root} on http://${listen}${base}`);
  // Ctrl+C reaches nginx too (same process group); a TERM from a test runner is passed on as nginx's quit.
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.on('exit', (code, signal) => {
    rmSync(prefix, { recursive: true, force: true });
    process.exit(code ?? (signal ? 0 : 1));
  });
}
