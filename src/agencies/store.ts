// SQL for agencies. Reads are scoped; outside the scope an agency is not found.
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';
import { bumpPublicVersion } from '../db/public-version.ts';
import type { AgencyKind } from './kinds.ts';

export type Agency = {
  id: number;
  code: string;
  name: string;
  kind: AgencyKind;
  parentId: number | null;
  path: string;
  orgCode: string | null;
};

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

const COLUMNS = ['id', 'code', 'name', 'kind', 'parent_id', 'path', 'org_code'] as const;

function toAgency(r: {
  id: number;
  code: string;
  name: string;
  kind: string;
  parent_id: number | null;
  path: string;
  org_code: string | null;
}): Agency {
  return {
    id: Number(r.id),
    code: r.code,
    name: r.name,
    kind: r.kind as AgencyKind,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    path: r.path,
    orgCode: r.org_code,
  };
}

export async function findAgencyByCode(db: Q, scope: Scope, code: string): Promise<Agency | undefined> {
  const r = await db
    .selectFrom('agencies')
    .select(COLUMNS)
    .where('code', '=', code)
    .where(inScope(scope, 'agencies.id'))
    .executeTakeFirst();
  return r && toAgency(r);
}

export async function findAgencyById(db: Q, scope: Scope, id: number): Promise<Agency | undefined> {
  const r = await db
    .selectFrom('agencies')
    .select(COLUMNS)
    .where('id', '=', id)
    .where(inScope(scope, 'agencies.id'))
    .executeTakeFirst();
  return r && toAgency(r);
}

/** The public directory: every agency, for the portal (agency names and codes are public). */
export async function listPublicAgencies(db: Q): Promise<Agency[]> {
  return (await db.selectFrom('agencies').select(COLUMNS).orderBy('path').execute()).map(toAgency);
}

export async function findPublicAgency(db: Q, code: string): Promise<Agency | undefined> {
  const r = await db.selectFrom('agencies').select(COLUMNS).where('code', '=', code).executeTakeFirst();
  return r && toAgency(r);
}

export async function findPublicAgencyById(db: Q, id: number): Promise<Agency | undefined> {
  const r = await db.selectFrom('agencies').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && toAgency(r);
}

export async function listAgencies(db: Q, scope: Scope): Promise<Agency[]> {
  return (
    await db.selectFrom('agencies').select(COLUMNS).where(inScope(scope, 'agencies.id')).orderBy('path').execute()
  ).map(toAgency);
}

export async function listChildren(db: Q, parentId: number): Promise<Agency[]> {
  return (
    await db.selectFrom('agencies').select(COLUMNS).where('parent_id', '=', parentId).orderBy('code').execute()
  ).map(toAgency);
}

export async function insertAgency(
  db: Q,
  a: { code: string; name: string; kind: AgencyKind; parent: Agency | null; orgCode: string | null; now: string },
): Promise<Agency> {
  // The path needs the new id, so insert with a placeholder and set it in the same transaction.
  const row = await db
    .insertInto('agencies')
    .values({
      code: a.code,
      name: a.name,
      kind: a.kind,
      parent_id: a.parent?.id ?? null,
      path: '/',
      org_code: a.orgCode,
      created_at: a.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  const path = `${a.parent?.path ?? '/'}${id}/`;
  await db.updateTable('agencies').set({ path }).where('id', '=', id).execute();
  return { id, code: a.code, name: a.name, kind: a.kind, parentId: a.parent?.id ?? null, path, orgCode: a.orgCode };
}

export async function updateAgency(
  db: Q,
  id: number,
  set: { name: string; kind: AgencyKind; orgCode: string | null },
): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ name: set.name, kind: set.kind, org_code: set.orgCode })
    .where('id', '=', id)
    .execute();
  await bumpPublicVersion(db, id); // its name heads every portal page
}
