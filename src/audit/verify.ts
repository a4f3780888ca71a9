// Walks the whole chain in order and names the first row that was altered, deleted or inserted; then checks the chain
// against the signed checkpoints kept outside the database (checkpoint.ts). What this proves, and what not: README.
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { GENESIS_HASH, legacyRowHash, rowHash, type ChainRow } from './chain.ts';
import { type Checkpoint, checkpointFile, checkpointSignedBy, readCheckpoints } from './checkpoint.ts';
import { chainKey } from './keys.ts';
import { chainRows, readHead } from './store.ts';

export type Problem = 'altered' | 'deleted' | 'inserted' | 'truncated' | 'checkpoint';
export type VerifyResult =
  | { ok: true; rows: number; head: string; checkpoints: number; latest?: Checkpoint; keyed: boolean }
  | { ok: false; rows: number; seq: number; problem: Problem; message: string };

const BATCH = 5000;

/** `checkpointFiles`: the data folder's file by default; more (copies, the server's log) may be given. */
export async function verifyAuditChain(db: Db, config: Pick<Config, 'secret' | 'dataDir'>, checkpointFiles: readonly string[] = [checkpointFile(config)]): Promise<VerifyResult> {
  const head = await readHead(db);
  const key = chainKey(config);
  const hashOf = head.keyed ? (r: ChainRow) => rowHash(r, key) : legacyRowHash;
  const checkpoints = readCheckpoints(checkpointFiles);
  const forged = checkpoints.find((c) => !checkpointSignedBy(config, c));
  if (forged) return { ok: false, rows: 0, seq: forged.seq, problem: 'checkpoint', message: `检查点（${forged.at}，第 ${forged.seq} 条）的签名不符：检查点文件被改动，或来自另一套密钥。` };
  const wanted = new Map(checkpoints.map((c) => [c.seq, c]));
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const batch = await chainRows(db, expectedSeq, BATCH);
    for (const r of batch) {
      const seq = Number(r.seq);
      if (seq > expectedSeq) return { ok: false, rows, seq: expectedSeq, problem: 'deleted', message: `第 ${expectedSeq} 条审计记录缺失（已被删除）。` };
      if (r.prev_hash !== prev) return { ok: false, rows, seq, problem: 'inserted', message: `第 ${seq} 条审计记录的前序哈希不符：其前有记录被插入或替换。` };
      if (hashOf(r) !== r.hash) return { ok: false, rows, seq, problem: 'altered', message: `第 ${seq} 条审计记录的内容已被修改（哈希不符）。` };
      const c = wanted.get(seq);
      if (c && c.hash !== r.hash) return { ok: false, rows, seq, problem: 'altered', message: `第 ${seq} 条审计记录与 ${c.at} 的检查点不符：该记录及其前的链被重写。` };
      prev = r.hash;
      expectedSeq = seq + 1;
      rows++;
    }
    if (batch.length < BATCH) break;
  }
  const beyond = checkpoints.filter((c) => c.seq >= expectedSeq).sort((a, b) => b.seq - a.seq)[0];
  if (beyond) return { ok: false, rows, seq: expectedSeq, problem: 'truncated', message: `第 ${expectedSeq} 条及之后的审计记录缺失：${beyond.at} 的检查点记录了 ${beyond.seq} 条，链尾被删除。` };
  if (head.seq >= expectedSeq) return { ok: false, rows, seq: expectedSeq, problem: 'truncated', message: `第 ${expectedSeq} 条及之后的审计记录缺失（链尾被删除）。` };
  if (head.seq < expectedSeq - 1) {
    const seq = head.seq + 1;
    return { ok: false, rows, seq, problem: 'inserted', message: `第 ${seq} 条审计记录在链头之后，是被插入的。` };
  }
  if (head.hash !== prev) return { ok: false, rows, seq: expectedSeq - 1, problem: 'altered', message: `链头哈希与第 ${expectedSeq - 1} 条记录不符：链尾被改动。` };
  const latest = checkpoints.sort((a, b) => b.seq - a.seq)[0];
  return { ok: true, rows, head: prev, checkpoints: checkpoints.length, latest, keyed: head.keyed };
}
