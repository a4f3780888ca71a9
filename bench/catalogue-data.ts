// Generator for the catalogue benchmark: agencies under one province, columns, published entries with Chinese titles
// and bodies, and their search index rows (jieba tokens, as publication writes them). Bulk inserts in batches;
// deterministic (seeded), so runs are comparable.
import { sql } from 'kysely';
import type { Db } from '../src/db/connect.ts';
import { indexNewEntries } from '../src/search/search.ts';

const PLACES = ['东和', '西山', '南河', '北岭', '青石', '白沙', '红岩', '金桥', '柳林', '桃园'];
const SUBJECTS = ['城乡低保对象复核', '医保集中缴费', '春耕备耕', '农村危房改造', '耕地地力保护补贴', '防汛抗旱', '森林防火', '人居环境整治', '义务教育招生', '就业技能培训', '养老服务补贴', 'safety 安全生产检查'];
const KINDS = ['结果公示', '工作通知', '实施方案', '工作动态', '情况报告', '政策解读'];
const COLUMNS = [['工作动态', 'news'], ['通知公告', 'notice'], ['政策文件', 'policy'], ['社会救助', 'other'], ['财政预决算', 'other']] as const;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export type Generated = { codes: string[]; entries: number };

export async function generate(db: Db, o: { agencies: number; entries: number; log: (m: string) => void }): Promise<Generated> {
  const now = new Date().toISOString();
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const prov = await db.insertInto('agencies').values({ code: 'bench-prov', name: '基准省人民政府', kind: 'province', parent_id: null, path: '/', org_code: null, created_at: now }).returning('id').executeTakeFirstOrThrow();
  await db.updateTable('agencies').set({ path: `/${prov.id}/` }).where('id', '=', prov.id).execute();
  await db.insertInto('users').values({ agency_id: prov.id, username: 'bench-author', display_name: '基准', password_hash: 'x', created_at: now }).execute();
  const author = (await db.selectFrom('users').select('id').where('username', '=', 'bench-author').executeTakeFirstOrThrow()).id;
  const codes: string[] = [];
  const agencyIds: number[] = [];
  for (let i = 0; i < o.agencies; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, o.agencies - i) }, (_, k) => ({ code: `bench-${i + k}`, name: `${pick(PLACES)}${i + k}乡人民政府`, kind: 'township', parent_id: prov.id, path: '/', org_code: null, created_at: now }));
    const ids = await db.insertInto('agencies').values(batch).returning('id').execute();
    for (const [k, row] of ids.entries()) { agencyIds.push(Number(row.id)); codes.push(batch[k]!.code); }
  }
  await db.updateTable('agencies').set({ path: sql<string>`cast(${`/${prov.id}/`} as text) || cast(id as text) || '/'` }).where('parent_id', '=', prov.id).execute();
  const columnIds = new Map<number, number[]>();
  for (let i = 0; i < agencyIds.length; i += 200) {
    const rows = agencyIds.slice(i, i + 200).flatMap((a) => COLUMNS.map(([name, cls], k) => ({ agency_id: a, name, update_class: cls, is_key: k < 3 ? 1 : 0, basis: null, sort: k, created_at: now })));
    const ids = await db.insertInto('catalogue_columns').values(rows).returning(['id', 'agency_id']).execute();
    for (const x of ids) columnIds.set(Number(x.agency_id), [...(columnIds.get(Number(x.agency_id)) ?? []), Number(x.id)]);
  }
  o.log(`agencies ${agencyIds.length}, columns ${agencyIds.length * COLUMNS.length}`);
  const t0 = performance.now();
  const BATCH = 1000; // 26 columns a row: under SQLite's 32,766 bound variables
  for (let n = 0; n < o.entries; n += BATCH) {
    await db.transaction().execute(async (tx) => {
      const rows = Array.from({ length: Math.min(BATCH, o.entries - n) }, (_, k) => {
        const i = n + k;
        const agency = agencyIds[i % agencyIds.length]!;
        const day = `202${3 + Math.floor(r() * 4)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
        const title = `关于${pick(PLACES)}村${pick(SUBJECTS)}的${pick(KINDS)}`;
        return {
          agency_id: agency, column_id: pick(columnIds.get(agency)!), index_no: `Z${String(agency).padStart(8, '0')}/${day.slice(0, 4)}-${String(i).padStart(7, '0')}`,
          title, summary: `${title}。`, publisher: '乡人民政府', formed_on: day, published_on: day, doc_no: null, topic: '综合政务', genre: 'notice',
          disclosure: 'active', withheld_reason: null, validity: 'valid', repealed_on: null, body: `${title}，现将有关事项公告如下：${pick(SUBJECTS)}工作按计划推进。`,
          state: 'published' as const, version: 1, author_id: author, author_name: '基准', reviewer_name: '基准', publisher_name: '基准', created_at: now, updated_at: now,
        };
      });
      const ids = await tx.insertInto('catalogue_entries').values(rows).returning('id').execute();
      await indexNewEntries(tx, db.dialect, ids.map((row, k) => { const e = rows[k]!; return { entryId: Number(row.id), agencyId: e.agency_id, text: `${e.title}\n${e.summary}\n${e.body}` }; }));
    });
    if ((n / BATCH) % 50 === 0) o.log(`entries ${n + BATCH}/${o.entries} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  return { codes, entries: o.entries };
}
