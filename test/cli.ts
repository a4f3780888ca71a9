// Runs a `gongkai` command in-process, as the real binary would, and collects its output and exit code.
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../src/cli/main.ts';

export async function runCommand(
  env: NodeJS.ProcessEnv,
  argv: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli(argv, { stdin: Readable.from([stdin]), stdout, stderr, env });
  return { code, out, err };
}
