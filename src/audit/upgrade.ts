// Once, at the first start after the upgrade (and before any CLI command): the log of before the per-agency chains,
// one chain of plain SHA-256, is verified as it was and re-chained into its agencies' chains under the audit key, in
// one transaction holding the log's lock. A legacy log that does not verify is left as it is, so `audit verify` still
// names its first broken row.
import type { Config } from '../config.ts';
import type { Log } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { chainOf, GENESIS_HASH, legacyRowHash, rowHash } from './chain.ts';
import { chainKey } from './keys.ts';
import { chainsKeyed, legacyRows, lockLog, markKeyed, seqPastRows, setChains, setRowChain } from './store.ts';

const BATCH = 5000;

/** Returns the rows re-chained (0 when the chains were already keyed), or undefined when the legacy chain is broken. */
export async function keyAuditChain(db: Db, config: Pick<Config, 'secret'>, log?: Log): Promise<number | undefined> {
  if (await chainsKeyed(db)) return 0;
  const key = chainKey(config);
  const broken = new Error('legacy chain broken'); // thrown to roll back rows already re-chained
  const done = await db
    .transaction()
    .execute(async (tx) => {
      await lockLog(tx);
      if (await chainsKeyed(tx)) return 0;
      const heads = new Map<number, { seq: number; hash: string }>();
      let [prev, expected, rows] = [GENESIS_HASH, 1, 0];
      for (;;) {
        const batch = await legacyRows(tx, expected - 1, BATCH);
        for (const r of batch) {
          const seq = Number(r.seq);
          if (seq !== expected || r.prev_hash !== prev || legacyRowHash({ ...r, seq }) !== r.hash) throw broken;
          const chain = chainOf(r.agency_id === null ? null : Number(r.agency_id));
          const head = heads.get(chain) ?? { seq: 0, hash: GENESIS_HASH };
          const linked = { ...r, chain, chain_seq: head.seq + 1, prev_hash: head.hash };
          const hash = rowHash(linked, key);
          await setRowChain(tx, seq, { chain, chainSeq: linked.chain_seq, prevHash: head.hash, hash });
          heads.set(chain, { seq: linked.chain_seq, hash });
          [prev, expected, rows] = [r.hash, seq + 1, rows + 1];
        }
        if (batch.length < BATCH) break;
      }
      await setChains(tx, heads);
      await seqPastRows(tx);
      await markKeyed(tx);
      return rows;
    })
    .catch((err: unknown) => {
      if (err === broken) return undefined;
      throw err;
    });
  if (done === undefined)
    log?.error('审计日志旧链校验未通过，未改为分机关的密钥链：请运行 gongkai audit verify 查看第一条被改动的记录。');
  else if (done > 0) log?.info({ rows: done }, `审计日志已改为分机关的密钥链（${done} 条）`);
  return done;
}
