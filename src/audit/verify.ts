// Walks the whole chain in order and names the first row that was altered, deleted or inserted.
import type { Db } from '../db/connect.ts';
import { GENESIS_HASH, rowHash } from './chain.ts';
import { chainBatch, chainHead } from './chain-store.ts';

export type VerifyResult =
  | { ok: true; rows: number; head: string }
  | { ok: false; rows: number; seq: number; problem: 'altered' | 'deleted' | 'inserted' | 'truncated'; message: string };

const BATCH = 5000;

export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const batch = await chainBatch(db, expectedSeq, BATCH);
    for (const r of batch) {
      const seq = Number(r.seq);
      if (seq > expectedSeq) {
        return { ok: false, rows, seq: expectedSeq, problem: 'deleted', message: `第 ${expectedSeq} 条审计记录缺失（已被删除）。` };
      }
      if (r.prev_hash !== prev) {
        return { ok: false, rows, seq, problem: 'inserted', message: `第 ${seq} 条审计记录的前序哈希不符：其前有记录被插入或替换。` };
      }
      if (rowHash(r) !== r.hash) {
        return { ok: false, rows, seq, problem: 'altered', message: `第 ${seq} 条审计记录的内容已被修改（哈希不符）。` };
      }
      prev = r.hash;
      expectedSeq = seq + 1;
      rows++;
    }
    if (batch.length < BATCH) break;
  }
  const head = await chainHead(db);
  if (Number(head.seq) >= expectedSeq) {
    return { ok: false, rows, seq: expectedSeq, problem: 'truncated', message: `第 ${expectedSeq} 条及之后的审计记录缺失（链尾被删除）。` };
  }
  if (Number(head.seq) < expectedSeq - 1) {
    const seq = Number(head.seq) + 1;
    return { ok: false, rows, seq, problem: 'inserted', message: `第 ${seq} 条审计记录在链头之后，是被插入的。` };
  }
  if (head.hash !== prev) {
    return { ok: false, rows, seq: expectedSeq - 1, problem: 'altered', message: `链头哈希与第 ${expectedSeq - 1} 条记录不符：链尾被改动。` };
  }
  return { ok: true, rows, head: prev };
}
