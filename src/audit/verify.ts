// Walks every chain in order and names the first row that was altered, deleted or inserted; then checks the chains
// against the signed checkpoints kept outside the database (checkpoint.ts). What this proves, and what not: README.
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { GENESIS_HASH, legacyRowHash, rowHash } from './chain.ts';
import { type Checkpoint, checkpointFile, checkpointSignedBy, readCheckpoints } from './checkpoint.ts';
import { chainKey } from './keys.ts';
import { chainRows, chainsKeyed, firstUnchained, legacyRows, readChains } from './store.ts';

export type Problem = 'altered' | 'deleted' | 'inserted' | 'truncated' | 'checkpoint';
export type VerifyResult =
  | { ok: true; rows: number; chains: number; checkpoints: number; latest?: Checkpoint; keyed: boolean }
  /** `seq`: the row's number in the whole log when there is a row to name, else its place in its chain. */
  | { ok: false; rows: number; seq: number; chain: number; position: number; problem: Problem; message: string };

const BATCH = 5000;
const chainName = (chain: number) => (chain === 0 ? '公共审计链' : `机关 #${chain} 的审计链`);

/** `checkpointFiles`: the data folder's file by default; more (copies, the server's log) may be given. */
export async function verifyAuditChain(
  db: Db,
  config: Pick<Config, 'secret' | 'dataDir'>,
  checkpointFiles: readonly string[] = [checkpointFile(config)],
): Promise<VerifyResult> {
  if (!(await chainsKeyed(db))) return verifyLegacy(db);
  const checkpoints = readCheckpoints(checkpointFiles);
  const forged = checkpoints.find((c) => !checkpointSignedBy(config, c));
  if (forged)
    return fail(0, 0, 0, 0, 'checkpoint', `${forged.at} 的检查点签名不符：检查点文件被改动，或来自另一套密钥。`);
  // What the checkpoints say each chain held: chain → place → [hash, when].
  const said = new Map<number, Map<number, [string, string]>>();
  for (const c of checkpoints) {
    for (const [chain, [seq, hash]] of Object.entries(c.chains)) {
      const m = said.get(Number(chain)) ?? new Map<number, [string, string]>();
      m.set(Number(seq), [String(hash), c.at]);
      said.set(Number(chain), m);
    }
  }
  const key = chainKey(config);
  const heads = await readChains(db);
  const seen = new Map<number, { seq: number; hash: string }>(); // each chain's last row walked
  let rows = 0;
  let after = { chain: -1, chainSeq: 0 };
  for (;;) {
    const batch = await chainRows(db, after, BATCH);
    for (const r of batch) {
      const chain = Number(r.chain),
        pos = Number(r.chain_seq),
        seq = Number(r.seq);
      const prev = seen.get(chain) ?? { seq: 0, hash: GENESIS_HASH };
      const where = `${chainName(chain)}第 ${pos} 条`;
      if (pos > prev.seq + 1)
        return fail(
          rows,
          prev.seq + 1,
          chain,
          prev.seq + 1,
          'deleted',
          `${chainName(chain)}第 ${prev.seq + 1} 条审计记录缺失（已被删除）。`,
        );
      if (r.prev_hash !== prev.hash)
        return fail(
          rows,
          seq,
          chain,
          pos,
          'inserted',
          `第 ${seq} 条审计记录的前序哈希不符（${where}）：其前有记录被插入或替换。`,
        );
      if (rowHash({ ...r, chain, chain_seq: pos }, key) !== r.hash)
        return fail(rows, seq, chain, pos, 'altered', `第 ${seq} 条审计记录的内容已被修改（哈希不符；${where}）。`);
      const c = said.get(chain)?.get(pos);
      if (c && c[0] !== r.hash)
        return fail(
          rows,
          seq,
          chain,
          pos,
          'altered',
          `第 ${seq} 条审计记录与 ${c[1]} 的检查点不符（${where}）：该记录及其前的链被重写。`,
        );
      seen.set(chain, { seq: pos, hash: r.hash });
      rows++;
    }
    if (batch.length < BATCH) break;
    const last = batch.at(-1)!;
    after = { chain: Number(last.chain), chainSeq: Number(last.chain_seq) };
  }
  const unchained = await firstUnchained(db);
  if (unchained !== undefined)
    return fail(rows, unchained, 0, 0, 'inserted', `第 ${unchained} 条审计记录不属于任何审计链：是绕过系统插入的。`);
  for (const chain of new Set([...heads.keys(), ...seen.keys(), ...said.keys()])) {
    const head = heads.get(chain) ?? { seq: 0, hash: GENESIS_HASH };
    const last = seen.get(chain) ?? { seq: 0, hash: GENESIS_HASH };
    const beyond = [...(said.get(chain) ?? new Map<number, [string, string]>())]
      .filter(([pos]) => pos > last.seq)
      .sort((a, b) => b[0] - a[0])[0];
    if (beyond)
      return fail(
        rows,
        last.seq + 1,
        chain,
        last.seq + 1,
        'truncated',
        `${chainName(chain)}第 ${last.seq + 1} 条及之后的审计记录缺失：${beyond[1][1]} 的检查点记录了 ${beyond[0]} 条，链尾被删除。`,
      );
    if (head.seq > last.seq)
      return fail(
        rows,
        last.seq + 1,
        chain,
        last.seq + 1,
        'truncated',
        `${chainName(chain)}第 ${last.seq + 1} 条及之后的审计记录缺失（链尾被删除）。`,
      );
    if (head.seq < last.seq)
      return fail(
        rows,
        head.seq + 1,
        chain,
        head.seq + 1,
        'inserted',
        `${chainName(chain)}第 ${head.seq + 1} 条审计记录在链头之后，是被插入的。`,
      );
    if (head.hash !== last.hash)
      return fail(
        rows,
        last.seq,
        chain,
        last.seq,
        'altered',
        `${chainName(chain)}的链头哈希与第 ${last.seq} 条记录不符：链尾被改动。`,
      );
  }
  const latest = [...checkpoints].sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return { ok: true, rows, chains: seen.size, checkpoints: checkpoints.length, latest, keyed: true };
}

function fail(
  rows: number,
  seq: number,
  chain: number,
  position: number,
  problem: Problem,
  message: string,
): VerifyResult {
  return { ok: false, rows, seq, chain, position, problem, message };
}

/** A log of before the per-agency chains (not yet upgraded): its one chain of plain SHA-256, as it was verified then. */
async function verifyLegacy(db: Db): Promise<VerifyResult> {
  let prev = GENESIS_HASH,
    expected = 1,
    rows = 0;
  for (;;) {
    const batch = await legacyRows(db, expected - 1, BATCH);
    for (const r of batch) {
      const seq = Number(r.seq);
      if (seq > expected)
        return fail(rows, expected, 0, expected, 'deleted', `第 ${expected} 条审计记录缺失（已被删除）。`);
      if (r.prev_hash !== prev)
        return fail(rows, seq, 0, seq, 'inserted', `第 ${seq} 条审计记录的前序哈希不符：其前有记录被插入或替换。`);
      if (legacyRowHash({ ...r, seq }) !== r.hash)
        return fail(rows, seq, 0, seq, 'altered', `第 ${seq} 条审计记录的内容已被修改（哈希不符）。`);
      prev = r.hash;
      expected = seq + 1;
      rows++;
    }
    if (batch.length < BATCH) break;
  }
  return { ok: true, rows, chains: rows ? 1 : 0, checkpoints: 0, keyed: false };
}
