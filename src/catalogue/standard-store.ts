// SQL for the agency's 标准目录 items and its 政务新媒体 accounts.
import type { Db } from '../db/connect.ts';
import type { StandardItem } from './standard-catalogue.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export async function listStandardItems(db: Q, agencyId: number): Promise<StandardItem[]> {
  const rows = await db
    .selectFrom('standard_items')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    level1: r.level1,
    level2: r.level2,
    content: r.content,
    basis: r.basis,
    timeLimit: r.time_limit,
    subject: r.subject,
    channels: JSON.parse(r.channels) as string[],
    audience: r.audience as StandardItem['audience'],
    mode: r.mode as StandardItem['mode'],
    tier: r.tier as StandardItem['tier'],
    columnId: r.column_id === null ? null : Number(r.column_id),
  }));
}

export async function insertStandardItem(db: Q, agencyId: number, it: StandardItem): Promise<void> {
  const n = await db
    .selectFrom('standard_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('standard_items')
    .values({
      agency_id: agencyId,
      level1: it.level1,
      level2: it.level2,
      content: it.content,
      basis: it.basis,
      time_limit: it.timeLimit,
      subject: it.subject,
      channels: JSON.stringify(it.channels),
      audience: it.audience,
      mode: it.mode,
      tier: it.tier,
      column_id: it.columnId ?? null,
      sort: (Number(n.n) + 1) * 10,
    })
    .execute();
}

export type MediaAccount = { platform: string; name: string; year: number; followers: number; posts: number };

export async function listMediaAccounts(db: Q, agencyId: number): Promise<MediaAccount[]> {
  const rows = await db
    .selectFrom('media_accounts')
    .select(['platform', 'name', 'year', 'followers', 'posts'])
    .where('agency_id', '=', agencyId)
    .orderBy('year', 'desc')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    platform: r.platform,
    name: r.name,
    year: Number(r.year),
    followers: Number(r.followers),
    posts: Number(r.posts),
  }));
}

/** One row per account and year: saving again replaces the figures. */
export async function saveMediaAccount(db: Q, agencyId: number, m: MediaAccount): Promise<void> {
  const r = await db
    .updateTable('media_accounts')
    .set({ followers: m.followers, posts: m.posts })
    .where('agency_id', '=', agencyId)
    .where('platform', '=', m.platform)
    .where('name', '=', m.name)
    .where('year', '=', m.year)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0)
    await db
      .insertInto('media_accounts')
      .values({ agency_id: agencyId, ...m })
      .execute();
}
