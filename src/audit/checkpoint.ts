// Signed checkpoints of the audit chains, kept outside the database: now and then the server signs each chain's head
// that moved (its last position = its number of rows, and that row's hash) with the time, using the audit key pair
// (keys.ts), and appends it to a file in the data folder and to its log. `audit verify` checks the chains against every
// checkpoint it is given, so a tail cut off and a head wound back (a chain consistent in itself) is caught, and a
// checkpoint edited without the key is named.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { sign, verify } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Log } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { canonicalJson } from './chain.ts';
import { auditKeys } from './keys.ts';
import { readChains } from './store.ts';

/** `chains`: chain id → [last position, its hash], for the chains that moved since the writer's previous checkpoint. */
export type Checkpoint = { at: string; chains: Record<string, [number, string]>; sig: string };

export const checkpointFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'audit-checkpoints.jsonl');

const message = (c: Omit<Checkpoint, 'sig'>) =>
  Buffer.from(`gongkai-audit-checkpoint/v2\n${c.at}\n${canonicalJson(c.chains)}`);

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

/** What each database's writer (this process) last signed: a chain appears again only when it moved. */
const written = new WeakMap<Db, Map<number, number>>();

/** Appends a checkpoint of the chains that moved since this process's last one; returns it (or undefined: none moved). */
export async function writeCheckpoint(
  db: Db,
  config: Pick<Config, 'secret' | 'dataDir'>,
  now: Date,
  log?: Log,
): Promise<Checkpoint | undefined> {
  const file = checkpointFile(config);
  // A file that is not there (a new data folder, or one moved away) gets every chain again.
  const last = (existsSync(file) && written.get(db)) || new Map<number, number>();
  const moved = [...(await readChains(db))].filter(([chain, h]) => h.seq > (last.get(chain) ?? 0));
  if (!moved.length) return undefined;
  const c = signCheckpoint(config, {
    at: now.toISOString(),
    chains: Object.fromEntries(moved.map(([chain, h]) => [String(chain), [h.seq, h.hash]])),
  });
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(c)}\n`); // one write of one line: processes appending at once do not interleave
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  for (const [chain, h] of moved) last.set(chain, h.seq);
  written.set(db, last);
  log?.info({ auditCheckpoint: c }, '审计日志检查点');
  return c;
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
      out.push({
        at: String(c.at),
        chains: c.chains && typeof c.chains === 'object' ? c.chains : {},
        sig: String(c.sig),
      });
    } catch {
      /* not JSON */
    }
  }
  return out;
}

export function readCheckpoints(files: readonly string[]): Checkpoint[] {
  return files.filter((f) => existsSync(f)).flatMap((f) => parseLines(readFileSync(f, 'utf8')));
}

/** The server's timer: a checkpoint every `everyMs` when a chain moved, and one more when it stops. */
export function startCheckpointTimer(
  db: Db,
  config: Pick<Config, 'secret' | 'dataDir'>,
  log: Log,
  everyMs = 5 * 60_000,
): () => Promise<void> {
  const tick = () =>
    writeCheckpoint(db, config, new Date(), log).catch((err: Error) => log.error({ err }, '审计日志检查点写入失败'));
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await tick();
  };
}
