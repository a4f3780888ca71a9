// Once, at the first start after the upgrade (and before any CLI command): a chain written with plain SHA-256 is
// verified as it was and re-chained under the audit key, in one transaction holding the chain's lock. A legacy chain
// that does not verify is left as it is, so `audit verify` still names its first broken row.
import type { Config } from '../config.ts';
import type { Log } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { GENESIS_HASH, legacyRowHash, rowHash } from './chain.ts';
import { chainKey } from './keys.ts';
import { chainRows, lockHead, readHead, setHead, setRowLinks } from './store.ts';

const BATCH = 5000;

/** Returns the rows re-chained (0 when the chain was already keyed), or undefined when the legacy chain is broken. */
export async function keyAuditChain(db: Db, config: Pick<Config, 'secret'>, log?: Log): Promise<number | undefined> {
  if ((await readHead(db)).keyed) return 0;
  const key = chainKey(config);
  const broken = new Error('legacy chain broken'); // thrown to roll back rows already re-chained
  const done = await db.transaction().execute(async (tx) => {
    await lockHead(tx);
    const head = await readHead(tx);
    if (head.keyed) return 0;
    let [oldPrev, newPrev, seq, rows] = [GENESIS_HASH, GENESIS_HASH, 1, 0];
    for (;;) {
      const batch = await chainRows(tx, seq, BATCH);
      for (const r of batch) {
        if (Number(r.seq) !== seq || r.prev_hash !== oldPrev || legacyRowHash(r) !== r.hash) throw broken;
        const hash = rowHash({ ...r, prev_hash: newPrev }, key);
        await setRowLinks(tx, seq, newPrev, hash);
        [oldPrev, newPrev, seq, rows] = [r.hash, hash, seq + 1, rows + 1];
      }
      if (batch.length < BATCH) break;
    }
    if (head.seq !== rows || head.hash !== oldPrev) throw broken;
    await setHead(tx, { hash: newPrev, keyed: true });
    return rows;
  }).catch((err: unknown) => {
    if (err === broken) return undefined;
    throw err;
  });
  if (done === undefined) log?.error('审计日志旧链校验未通过，未改为密钥链：请运行 gongkai audit verify 查看第一条被改动的记录。');
  else if (done > 0) log?.info({ rows: done }, `审计日志已改为密钥链（${done} 条）`);
  return done;
}
