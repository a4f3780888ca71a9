// SQL for 复议/诉讼 cases, scoped to the actor's agencies.
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';
import type { AppealKind, Decision } from './outcomes.ts';
import type { Procedure } from './deadlines.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export type Appeal = {
  id: number;
  agencyId: number;
  kind: AppealKind;
  procedure: Procedure;
  followsId: number | null;
  requestNumber: string | null;
  body: string;
  caseNumber: string | null;
  applicant: string;
  filedOn: string;
  acceptedOn: string | null;
  copyReceivedOn: string | null;
  answeredOn: string | null;
  extendedDays: number;
  decidedOn: string | null;
  decision: Decision | null;
  version: number;
};
export type AppealDocument = {
  id: number;
  kind: string;
  title: string;
  dated: string;
  docNumber: string | null;
  file: { sha256: string; name: string; type: string } | null;
};

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
const base = (db: Q) => db.selectFrom('appeals').selectAll();

function toAppeal(r: Row): Appeal {
  return {
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    kind: r.kind,
    procedure: r.procedure as Procedure,
    followsId: r.follows_id === null ? null : Number(r.follows_id),
    requestNumber: r.request_number,
    body: r.body,
    caseNumber: r.case_number,
    applicant: r.applicant,
    filedOn: r.filed_on,
    acceptedOn: r.accepted_on,
    copyReceivedOn: r.copy_received_on,
    answeredOn: r.answered_on,
    extendedDays: Number(r.extended_days),
    decidedOn: r.decided_on,
    decision: r.decision,
    version: Number(r.version),
  };
}

export async function insertAppeal(
  db: Q,
  a: Omit<
    Appeal,
    'id' | 'version' | 'acceptedOn' | 'copyReceivedOn' | 'answeredOn' | 'extendedDays' | 'decidedOn' | 'decision'
  > & { now: string },
): Promise<number> {
  const r = await db
    .insertInto('appeals')
    .values({
      agency_id: a.agencyId,
      kind: a.kind,
      procedure: a.procedure,
      follows_id: a.followsId,
      request_number: a.requestNumber,
      body: a.body,
      case_number: a.caseNumber,
      applicant: a.applicant,
      filed_on: a.filedOn,
      created_at: a.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findAppeal(db: Q, scope: Scope, id: number): Promise<Appeal | undefined> {
  const r = await base(db).where('id', '=', id).where(inScope(scope, 'appeals.agency_id')).executeTakeFirst();
  return r && toAppeal(r);
}

export async function listAppeals(db: Q, scope: Scope, agencyId: number): Promise<Appeal[]> {
  return (
    await base(db)
      .where('agency_id', '=', agencyId)
      .where(inScope(scope, 'appeals.agency_id'))
      .orderBy('filed_on', 'desc')
      .limit(1000)
      .execute()
  ).map(toAppeal);
}

export type AppealChange = Partial<
  Pick<
    Appeal,
    | 'acceptedOn'
    | 'copyReceivedOn'
    | 'answeredOn'
    | 'extendedDays'
    | 'decidedOn'
    | 'decision'
    | 'caseNumber'
    | 'procedure'
  >
>;

/** Optimistic: applies only at the version the form was opened with. */
export async function updateAppeal(db: Q, id: number, version: number, c: AppealChange): Promise<boolean> {
  const res = await db
    .updateTable('appeals')
    .set({
      ...(c.acceptedOn !== undefined ? { accepted_on: c.acceptedOn } : {}),
      ...(c.copyReceivedOn !== undefined ? { copy_received_on: c.copyReceivedOn } : {}),
      ...(c.answeredOn !== undefined ? { answered_on: c.answeredOn } : {}),
      ...(c.extendedDays !== undefined ? { extended_days: c.extendedDays } : {}),
      ...(c.decidedOn !== undefined ? { decided_on: c.decidedOn } : {}),
      ...(c.decision !== undefined ? { decision: c.decision } : {}),
      ...(c.caseNumber !== undefined ? { case_number: c.caseNumber } : {}),
      ...(c.procedure !== undefined ? { procedure: c.procedure } : {}),
      version: version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertDocument(db: Q, appealId: number, d: Omit<AppealDocument, 'id'>): Promise<void> {
  await db
    .insertInto('appeal_documents')
    .values({
      appeal_id: appealId,
      kind: d.kind,
      title: d.title,
      dated: d.dated,
      doc_number: d.docNumber,
      file_sha256: d.file?.sha256 ?? null,
      file_name: d.file?.name ?? null,
      file_type: d.file?.type ?? null,
    })
    .execute();
}

export async function listDocuments(db: Q, appealId: number): Promise<AppealDocument[]> {
  const rows = await db
    .selectFrom('appeal_documents')
    .selectAll()
    .where('appeal_id', '=', appealId)
    .orderBy('dated')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    title: r.title,
    dated: r.dated,
    docNumber: r.doc_number,
    file: r.file_sha256 ? { sha256: r.file_sha256, name: r.file_name ?? 'document', type: r.file_type ?? 'pdf' } : null,
  }));
}

/** 表四's raw material: the agency's cases filed by the end of the year and not decided before it began. */
export async function appealsForYear(
  db: Q,
  agencyIds: readonly number[],
  year: number,
): Promise<Array<Pick<Appeal, 'agencyId' | 'kind' | 'decidedOn' | 'decision'>>> {
  if (!agencyIds.length) return [];
  const rows = await db
    .selectFrom('appeals')
    .select(['agency_id', 'kind', 'decided_on', 'decision'])
    .where('agency_id', 'in', agencyIds)
    .where('filed_on', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('decided_on', 'is', null), eb('decided_on', '>=', `${year}-01-01`)]))
    .execute();
  return rows.map((r) => ({
    agencyId: Number(r.agency_id),
    kind: r.kind,
    decidedOn: r.decided_on,
    decision: r.decision,
  }));
}

/**
 * One page of the agency's cases, newest filing first (keyset: filed_on, id, both descending), for the API's list.
 * `year`: only the cases 表四 of that year counts (filed by its end, not decided before it began).
 */
export async function pageAppeals(
  db: Q,
  scope: Scope,
  agencyId: number,
  o: { year?: number; after?: readonly [string, number]; limit: number },
): Promise<Appeal[]> {
  let q = base(db).where('agency_id', '=', agencyId).where(inScope(scope, 'appeals.agency_id'));
  if (o.year !== undefined)
    q = q
      .where('filed_on', '<=', `${o.year}-12-31`)
      .where((eb) => eb.or([eb('decided_on', 'is', null), eb('decided_on', '>=', `${o.year}-01-01`)]));
  if (o.after) {
    const [filedOn, id] = o.after;
    q = q.where((eb) =>
      eb.or([eb('filed_on', '<', filedOn), eb.and([eb('filed_on', '=', filedOn), eb('id', '<', id)])]),
    );
  }
  return (await q.orderBy('filed_on', 'desc').orderBy('id', 'desc').limit(o.limit).execute()).map(toAppeal);
}
