// The platform as its own process (`npm start`'s command): started on a test database's environment, resolved once it
// prints its address. `output()` is everything it printed so far (the demo's logins among it).
import { type ChildProcess, spawn } from 'node:child_process';

export type Platform = { server: ChildProcess; base: string; output(): string };

export async function startPlatform(env: NodeJS.ProcessEnv, timeoutMs = 180_000, logLevel = 'warn'): Promise<Platform> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', GONGKAI_LOG_LEVEL: logLevel },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  server.stdout!.on('data', (d) => (stdout += d));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stdout}`)), timeoutMs);
    server.stdout!.on('data', () => {
      const m = /已启动：(http:\/\/localhost:\d+)\//.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    });
    server.on('exit', (c) => reject(new Error(`server exited ${c}: ${stdout}`)));
  });
  return { server, base, output: () => stdout };
}

/**
 * Stops the platform as an operator would (SIGTERM) and waits until it has exited, so that nothing it still writes on
 * the way out (the last audit checkpoint, the database's WAL) lands in a data folder the test is removing; after
 * `graceMs` it is killed outright.
 */
export async function stopPlatform(server: ChildProcess | undefined, graceMs = 30_000): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
