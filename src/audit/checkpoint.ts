// Signed checkpoints of the audit chain, kept outside the database: now and then the server appends the head (last
// sequence number = the number of rows, its hash, the time) signed with the audit key pair (keys.ts) to a file in the
// data folder and to its log. `audit verify` checks the chain against every checkpoint it is given, so a tail cut off
// and the head wound back (a chain consistent in itself) is caught, and a checkpoint edited without the key is named.
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { sign, verify } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Log } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { auditKeys } from './keys.ts';
import { readHead } from './store.ts';

export type Checkpoint = { seq: number; hash: string; at: string; sig: string };

export const checkpointFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'audit-checkpoints.jsonl');

const message = (c: Omit<Checkpoint, 'sig'>) => Buffer.from(`gongkai-audit-checkpoint/v1\n${c.seq}\n${c.hash}\n${c.at}`);

export function signCheckpoint(config: Pick<Config, 'secret'>, c: Omit<Checkpoint, 'sig'>): Checkpoint {
  return { ...c, sig: sign(null, message(c), auditKeys(config).signing).toString('base64url') };
}

export function checkpointSignedBy(config: Pick<Config, 'secret'>, c: Checkpoint): boolean {
  try {
    return verify(null, message(c), auditKeys(config).verifying, Buffer.from(c.sig, 'base64url'));
  } catch {
    return false;
  }
}

/** Appends a checkpoint of the current head when it moved past the file's last one; returns it (or undefined). */
export async function writeCheckpoint(db: Db, config: Pick<Config, 'secret' | 'dataDir'>, now: Date, log?: Log): Promise<Checkpoint | undefined> {
  const head = await readHead(db);
  const file = checkpointFile(config);
  if (head.seq === 0 || (lastCheckpoint(file)?.seq ?? 0) >= head.seq) return undefined;
  const c = signCheckpoint(config, { seq: head.seq, hash: head.hash, at: now.toISOString() });
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(c)}\n`); // one write of one line: processes appending at once do not interleave
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  log?.info({ auditCheckpoint: c }, '审计日志检查点');
  return c;
}

/** The checkpoint on the file's last line (only the tail is read). */
function lastCheckpoint(file: string): Checkpoint | undefined {
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const len = Math.min(size, 4096);
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, size - len);
    return parseLines(buf.toString('utf8')).at(-1);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checkpoints in text: lines of the file, or of the server's JSON log (a line with `auditCheckpoint`). Lines that are
 * neither are skipped; a line that looks like a checkpoint but is malformed is kept, so its signature fails.
 */
export function parseLines(text: string): Checkpoint[] {
  const out: Checkpoint[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('"sig"')) continue;
    try {
      const v = JSON.parse(line) as Partial<Checkpoint> & { auditCheckpoint?: Partial<Checkpoint> };
      const c = v.auditCheckpoint ?? v;
      out.push({ seq: Number(c.seq), hash: String(c.hash), at: String(c.at), sig: String(c.sig) });
    } catch { /* a line cut short by the tail read, or not JSON */ }
  }
  return out;
}

export function readCheckpoints(files: readonly string[]): Checkpoint[] {
  return files.filter((f) => existsSync(f)).flatMap((f) => parseLines(readFileSync(f, 'utf8')));
}

/** The server's timer: a checkpoint every `everyMs` when the chain moved, and one more when it stops. */
export function startCheckpointTimer(db: Db, config: Pick<Config, 'secret' | 'dataDir'>, log: Log, everyMs = 5 * 60_000): () => Promise<void> {
  const tick = () => writeCheckpoint(db, config, new Date(), log).catch((err: Error) => log.error({ err }, '审计日志检查点写入失败'));
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await tick();
  };
}
