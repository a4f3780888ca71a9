// Generator for the catalogue benchmark: a province's tree (cities, counties, then townships and departments under each
// county), five columns each, published entries with Chinese titles, bodies and some 文号, and their search index rows
// (written by the same indexer publication uses). Deterministic (seeded), so runs are comparable. Bulk inserts in
// batches; on PostgreSQL the search table's GIN indexes are dropped while loading and built once at the end, which is
// many times faster than keeping them up to date row by row.
import { sql } from 'kysely';
import type { Db } from '../src/db/connect.ts';
import { indexNewEntries, type SearchEntry } from '../src/search/search.ts';

const PLACES = ['东和', '西山', '南河', '北岭', '青石', '白沙', '红岩', '金桥', '柳林', '桃园'];
const SUBJECTS = [
  '城乡低保对象复核',
  '医保集中缴费',
  '春耕备耕',
  '农村危房改造',
  '耕地地力保护补贴',
  '防汛抗旱',
  '森林防火',
  '人居环境整治',
  '义务教育招生',
  '就业技能培训',
  '养老服务补贴',
  'safety 安全生产检查',
];
const KINDS = ['结果公示', '工作通知', '实施方案', '工作动态', '情况报告', '政策解读'];
const COLUMNS = [
  ['工作动态', 'news'],
  ['通知公告', 'notice'],
  ['政策文件', 'policy'],
  ['社会救助', 'other'],
  ['财政预决算', 'other'],
] as const;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export type BenchAgency = { id: number; code: string; path: string; kind: string };
export type Generated = { agencies: BenchAgency[]; entries: number };

/** The tree: one province, about one city per thousand agencies, ten counties per city, the rest under the counties. */
function plan(n: number): { kind: string; parent: number }[] {
  const cities = Math.max(1, Math.round(n / 1000));
  const counties = Math.max(1, Math.round(n / 100));
  const out: { kind: string; parent: number }[] = [{ kind: 'province', parent: -1 }];
  for (let i = 0; i < cities; i++) out.push({ kind: 'city', parent: 0 });
  for (let i = 0; i < counties; i++) out.push({ kind: 'county', parent: 1 + (i % cities) });
  for (let i = out.length; i < n; i++)
    out.push({ kind: i % 3 ? 'township' : 'department', parent: 1 + cities + (i % counties) });
  return out;
}

export async function generate(
  db: Db,
  o: { agencies: number; entries: number; log: (m: string) => void },
): Promise<Generated> {
  const now = new Date().toISOString();
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const agencies: BenchAgency[] = [];
  // Level by level, so every parent has its id and path before its children.
  const tree = plan(o.agencies);
  for (const kind of ['province', 'city', 'county', 'township']) {
    const level = tree.flatMap((t, i) =>
      (kind === 'township' ? ['township', 'department'] : [kind]).includes(t.kind) ? [{ ...t, i }] : [],
    );
    for (let k = 0; k < level.length; k += 1000) {
      const batch = level.slice(k, k + 1000);
      const rows = batch.map((t) => ({
        code: `bench-${t.i}`,
        name: `${PLACES[t.i % PLACES.length]}${t.i}${{ province: '省', city: '市', county: '县', township: '乡', department: '局' }[t.kind]}人民政府`,
        kind: t.kind,
        parent_id: t.parent < 0 ? null : agencies[t.parent]!.id,
        path: '/',
        org_code: null,
        created_at: now,
      }));
      const ids = await db.insertInto('agencies').values(rows).returning('id').execute();
      for (const [j, row] of ids.entries()) {
        const t = batch[j]!;
        const id = Number(row.id);
        agencies[t.i] = {
          id,
          code: rows[j]!.code,
          kind: t.kind,
          path: `${t.parent < 0 ? '/' : agencies[t.parent]!.path}${id}/`,
        };
      }
    }
  }
  for (let k = 0; k < agencies.length; k += 500) {
    const batch = agencies.slice(k, k + 500);
    await sql`with v(id, path) as (values ${sql.join(batch.map((a) => sql`(cast(${a.id} as integer), cast(${a.path} as text))`))})
      update agencies set path = (select v.path from v where v.id = agencies.id) where id in (select id from v)`.execute(
      db,
    );
  }
  await db
    .insertInto('users')
    .values({
      agency_id: agencies[0]!.id,
      username: 'bench-author',
      display_name: '基准',
      password_hash: 'x',
      created_at: now,
    })
    .execute();
  const author = (
    await db.selectFrom('users').select('id').where('username', '=', 'bench-author').executeTakeFirstOrThrow()
  ).id;
  const columnIds = new Map<number, number[]>();
  for (let i = 0; i < agencies.length; i += 200) {
    const rows = agencies.slice(i, i + 200).flatMap((a) =>
      COLUMNS.map(([name, cls], k) => ({
        agency_id: a.id,
        name,
        update_class: cls,
        is_key: k < 3 ? 1 : 0,
        basis: null,
        sort: k,
        created_at: now,
      })),
    );
    const ids = await db.insertInto('catalogue_columns').values(rows).returning(['id', 'agency_id']).execute();
    for (const x of ids)
      columnIds.set(Number(x.agency_id), [...(columnIds.get(Number(x.agency_id)) ?? []), Number(x.id)]);
  }
  o.log(
    `agencies ${agencies.length} (${tree.filter((t) => t.kind === 'county').length} counties), columns ${agencies.length * COLUMNS.length}`,
  );

  const postgres = db.dialect === 'postgres';
  if (postgres)
    for (const i of ['catalogue_search_keys', 'catalogue_search_trgm']) await sql`drop index ${sql.id(i)}`.execute(db);
  else {
    // A throwaway file: no fsync while loading, and the index's segments merged once at the end instead of as it grows.
    db.sqlite!.pragma('synchronous = off');
    await sql`insert into catalogue_search_index (catalogue_search_index, rank) values ('automerge', 0)`.execute(db);
  }
  const t0 = performance.now();
  const BATCH = 1000; // 26 columns a row: under SQLite's 32,766 bound variables
  for (let n = 0; n < o.entries; n += BATCH) {
    await db.transaction().execute(async (tx) => {
      const rows = Array.from({ length: Math.min(BATCH, o.entries - n) }, (_, k) => {
        const i = n + k;
        const agency = agencies[i % agencies.length]!;
        const year = 2023 + Math.floor(r() * 4);
        const day = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
        const place = pick(PLACES);
        const title = `关于${place}村${pick(SUBJECTS)}的${pick(KINDS)}`;
        const docNo = i % 3 === 0 ? `${place[0]}政发〔${year}〕${1 + (i % 97)}号` : null;
        return {
          agency,
          row: {
            agency_id: agency.id,
            column_id: pick(columnIds.get(agency.id)!),
            index_no: `Z${String(agency.id).padStart(8, '0')}/${day.slice(0, 4)}-${String(i).padStart(7, '0')}`,
            title,
            summary: `${title}。`,
            publisher: '人民政府',
            formed_on: day,
            published_on: day,
            doc_no: docNo,
            topic: '综合政务',
            genre: 'notice',
            disclosure: 'active',
            withheld_reason: null,
            validity: 'valid',
            repealed_on: null,
            body: `${title}，现将有关事项公告如下：${pick(SUBJECTS)}工作按计划推进。`,
            state: 'published' as const,
            version: 1,
            author_id: author,
            author_name: '基准',
            reviewer_name: '基准',
            publisher_name: '基准',
            created_at: now,
            updated_at: now,
          },
        };
      });
      const ids = await tx
        .insertInto('catalogue_entries')
        .values(rows.map((x) => x.row))
        .returning('id')
        .execute();
      await indexNewEntries(
        tx,
        db.dialect,
        ids.map((row, k): SearchEntry => {
          const { agency, row: e } = rows[k]!;
          return {
            entryId: Number(row.id),
            agencyId: agency.id,
            agencyPath: agency.path,
            publishedOn: e.published_on,
            title: e.title,
            text: [e.doc_no ?? '', e.summary, e.body].join('\n'),
            columnId: e.column_id,
            genre: e.genre,
            validity: e.validity,
            topic: e.topic,
          };
        }),
      );
    });
    if ((n / BATCH) % 50 === 0)
      o.log(`entries ${n + BATCH}/${o.entries} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const t1 = performance.now();
  if (postgres) {
    await sql`set maintenance_work_mem = '512MB'`.execute(db);
    await sql`create index catalogue_search_keys on catalogue_search using gin (keys)`.execute(db);
    await sql`create index catalogue_search_trgm on catalogue_search using gin (raw gin_trgm_ops)`.execute(db);
    await sql`vacuum analyze`.execute(db);
  } else {
    // What a bulk import ends with: the index's segments merged into one; then SQLite's defaults again.
    await sql`insert into catalogue_search_index (catalogue_search_index) values ('optimize')`.execute(db);
    await sql`insert into catalogue_search_index (catalogue_search_index, rank) values ('automerge', 4)`.execute(db);
    db.sqlite!.pragma('synchronous = normal');
    await sql`analyze`.execute(db);
  }
  o.log(`indexes built in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  return { agencies, entries: o.entries };
}
