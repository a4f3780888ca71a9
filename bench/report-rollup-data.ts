// Generator for the roll-up benchmark: a province of counties of townships, and requests with their 表三 episodes
// spread over 2024–2026 (most closed with an outcome, some still open). Bulk inserts; deterministic (seeded).
import { sql } from 'kysely';
import type { Db } from '../src/db/connect.ts';
import { REPLY_OUTCOMES } from '../src/requests/outcomes.ts';

const KINDS = ['natural', 'natural', 'natural', 'natural', 'commercial', 'research', 'social', 'legal', 'otherOrg'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const day = (r: () => number, from: number) => {
  const d = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * from) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

export type CaseData = {
  agencies: number;
  requests: number;
  provinceCode: string;
  provincePath: string;
  townshipCode: string;
};

export async function generateCases(
  db: Db,
  o: { agencies: number; requests: number; log: (m: string) => void },
): Promise<CaseData> {
  const now = new Date().toISOString();
  const r = rng(7);
  const insert = async (code: string, name: string, kind: string, parent: { id: number; path: string } | null) => {
    const row = await db
      .insertInto('agencies')
      .values({ code, name, kind, parent_id: parent?.id ?? null, path: '/', org_code: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const p = `${parent?.path ?? '/'}${row.id}/`;
    await db.updateTable('agencies').set({ path: p }).where('id', '=', row.id).execute();
    return { id: Number(row.id), path: p };
  };
  const province = await insert('bench-prov', '基准省人民政府', 'province', null);
  const counties = Math.max(1, Math.round(Math.sqrt(o.agencies - 1)));
  const townships: number[] = [];
  let made = 1;
  for (let c = 0; c < counties && made < o.agencies; c++) {
    const county = await insert(`bench-c${c}`, `基准${c}县人民政府`, 'county', province);
    made++;
    const n = Math.min(Math.ceil((o.agencies - 1) / counties) - 1, o.agencies - made);
    const rows = Array.from({ length: n }, (_, k) => ({
      code: `bench-c${c}-t${k}`,
      name: `基准${c}县${k}乡人民政府`,
      kind: 'township',
      parent_id: county.id,
      path: '/',
      org_code: null,
      created_at: now,
    }));
    if (rows.length) {
      const ids = await db.insertInto('agencies').values(rows).returning('id').execute();
      townships.push(...ids.map((x) => Number(x.id)));
      await db
        .updateTable('agencies')
        .set({ path: sql<string>`cast(${county.path} as text) || cast(id as text) || '/'` })
        .where('parent_id', '=', county.id)
        .execute();
      made += rows.length;
    }
  }
  o.log(`agencies ${made}`);
  const BATCH = 1000;
  for (let n = 0; n < o.requests; n += BATCH) {
    await db.transaction().execute(async (tx) => {
      const rows = Array.from({ length: Math.min(BATCH, o.requests - n) }, (_, k) => {
        const received = day(r, 1000);
        const closed =
          r() < 0.85
            ? received.replace(
                /-\d\d$/,
                (d) => `-${String(Math.min(28, Number(d.slice(1)) + 1 + Math.floor(r() * 20))).padStart(2, '0')}`,
              )
            : null;
        return {
          agency_id: townships[(n + k) % townships.length]!,
          number: `B${String(n + k).padStart(11, '0')}`,
          access_hash: 'x',
          submit_nonce: null,
          channel: 'online',
          receipt_evidence: null,
          received_on: received,
          state: closed ? ('replied' as const) : ('processing' as const),
          applicant_kind: KINDS[Math.floor(r() * KINDS.length)]!,
          applicant_name: '申请人',
          applicant_hash: 'x',
          id_type: null,
          id_number_sealed: null,
          org_code: null,
          legal_rep: null,
          contact_person: null,
          phone_sealed: null,
          email: null,
          address_sealed: null,
          info_title: '基准申请',
          info_doc_number: null,
          info_description: '基准',
          form_wanted: 'email',
          delivery: 'email',
          handler_user_id: null,
          outcome: closed ? REPLY_OUTCOMES[Math.floor(r() * REPLY_OUTCOMES.length)]! : null,
          outcome_basis: null,
          transferred_from: null,
          created_at: now,
          updated_at: now,
          closed,
        };
      });
      const ids = await tx
        .insertInto('requests')
        .values(rows.map(({ closed: _c, ...x }) => x))
        .returning('id')
        .execute();
      await tx
        .insertInto('request_episodes')
        .values(
          rows.map((x, k) => ({
            agency_id: x.agency_id,
            request_id: Number(ids[k]!.id),
            applicant_kind: x.applicant_kind,
            started_on: x.received_on,
            closed_on: x.closed,
            outcome: x.outcome,
          })),
        )
        .execute();
    });
    if ((n / BATCH) % 100 === 0) o.log(`requests ${n + BATCH}/${o.requests}`);
  }
  const township = await db
    .selectFrom('agencies')
    .select('code')
    .where('id', '=', townships[0]!)
    .executeTakeFirstOrThrow();
  return {
    agencies: made,
    requests: o.requests,
    provinceCode: 'bench-prov',
    provincePath: province.path,
    townshipCode: township.code,
  };
}
