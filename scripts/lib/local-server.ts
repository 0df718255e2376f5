// Servers the bench starts for itself: each in a process group of its own, so that stopping it stops what its
// launcher (npx, tsx) started too.
import { spawn, type ChildProcess } from 'node:child_process';

/** `command args…` in the background, detached into its own process group, output discarded. */
export function startServer(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): ChildProcess {
  return spawn(command, args, { stdio: 'ignore', detached: true, env: { ...process.env, ...env } });
}

/** SIGTERM to the server's whole process group; resolves once its launcher has exited. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (!server.pid || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  await exited;
}

/** GET `url` until it answers 200, for a server just started; an error after 10 s. */
export async function waitUntilUp(url: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}
