// The backup archive on disk: a gzipped tar made and read by the system's tar (GNU tar: always present on Debian),
// readable by the owner only from its first byte. Members are plain relative paths; GNU tar refuses to extract a
// member naming a path outside the target folder.
import { execFile } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, openSync, renameSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type Part = { dir: string; names: readonly string[] };

/** Writes the parts (each a folder and the names under it to take) into `file`, whole or not at all. */
export async function writeArchive(file: string, parts: readonly Part[]): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  closeSync(openSync(tmp, 'w', 0o600));
  const args = ['--create', '--gzip', `--file=${tmp}`, '--exclude=.*.tmp', '--owner=0', '--group=0', '--numeric-owner'];
  for (const p of parts) {
    const names = p.names.filter((n) => existsSync(path.join(p.dir, n)));
    if (names.length) args.push('-C', p.dir, ...names);
  }
  await run('tar', args, { maxBuffer: 16 * 1024 * 1024 });
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export async function listArchive(file: string): Promise<string[]> {
  const { stdout } = await run('tar', ['--list', '--gzip', `--file=${file}`], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\n').filter(Boolean);
}

/** Extracts into `dir` the members named (all when none are), but those excluded; the caller narrows the modes. */
export async function extractArchive(
  file: string,
  dir: string,
  o: { only?: readonly string[]; exclude?: readonly string[] } = {},
): Promise<void> {
  const args = ['--extract', '--gzip', `--file=${file}`, '-C', dir, '--no-same-owner', '--no-same-permissions'];
  for (const x of o.exclude ?? []) args.push(`--exclude=./${x}`, `--exclude=${x}`);
  await run('tar', [...args, ...(o.only ?? [])], { maxBuffer: 16 * 1024 * 1024 });
}
