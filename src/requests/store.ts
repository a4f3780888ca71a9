// SQL for 依申请公开 cases and their history (letters, deadline notices, attachments and sealed data have their own
// stores beside it). Staff reads carry a Scope (another agency's case is not found); the applicant's look-up by 编号 is
// unscoped here and checked against the 查询码 hash by the use case.
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';
import { enqueue, type NewMessage, queueInsert } from '../outbox/store.ts';
import { type Kysely, type QueryCreator, type Selectable, sql } from 'kysely';
import type { DB, RequestTable } from '../db/tables.ts';
import { isPostgres } from '../db/migrations/portable.ts';
import { stale } from '../errors.ts';
import type { HistoryEvent, IntakeChannel } from './clock.ts';
import type { RequestEventType, RequestState } from './lifecycle.ts';
import type { Outcome } from './outcomes.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

/** Steps that end a case with its outcome. */
const CLOSING: RequestEventType[] = ['replied', 'withdrawn', 'correction_lapsed', 'fee_lapsed'];

export type RequestRow = Omit<Selectable<RequestTable>, 'id' | 'version' | 'state' | 'channel' | 'outcome'> & {
  id: number;
  version: number;
  state: RequestState;
  channel: IntakeChannel;
  outcome: Outcome | null;
};
export type NewRequestRow = Omit<Selectable<RequestTable>, 'id' | 'version'>;

function toRow(r: Selectable<RequestTable>): RequestRow {
  return {
    ...r,
    id: Number(r.id),
    agency_id: Number(r.agency_id),
    version: Number(r.version),
    state: r.state,
    channel: r.channel as IntakeChannel,
    outcome: r.outcome as Outcome | null,
    handler_user_id: r.handler_user_id === null ? null : Number(r.handler_user_id),
    transferred_from: r.transferred_from === null ? null : Number(r.transferred_from),
  };
}

/** A new case and its first episode (表三's counting unit); on PostgreSQL in one statement (one round trip). */
export async function insertRequest(tx: Q, row: NewRequestRow, receipt?: NewMessage): Promise<number> {
  const db = tx as unknown as Kysely<DB>;
  if (isPostgres(db)) {
    // One statement, one round trip: the case, its first episode and its receipt e-mail in the outbox.
    const withReceipt: QueryCreator<DB> = receipt
      ? (db.with('o', (w) => queueInsert(w, receipt)) as unknown as QueryCreator<DB>)
      : db;
    const r = await withReceipt
      .with('r', (w) =>
        w.insertInto('requests').values(row).returning(['id', 'agency_id', 'applicant_kind', 'received_on']),
      )
      .insertInto('request_episodes')
      .columns(['agency_id', 'request_id', 'applicant_kind', 'started_on'])
      .expression((eb) => eb.selectFrom('r').select(['r.agency_id', 'r.id', 'r.applicant_kind', 'r.received_on']))
      .returning('request_id')
      .executeTakeFirstOrThrow();
    return Number(r.request_id);
  }
  const r = await tx.insertInto('requests').values(row).returning('id').executeTakeFirstOrThrow();
  const id = Number(r.id);
  await tx
    .insertInto('request_episodes')
    .values({
      agency_id: row.agency_id,
      request_id: id,
      applicant_kind: row.applicant_kind,
      started_on: row.received_on,
    })
    .execute();
  if (receipt) await enqueue(tx, receipt);
  return id;
}

/**
 * On PostgreSQL the day's serial is drawn just before the application's transaction, in the round trip that begins it
 * (beginningWith, db/postgres-commit.ts), and committed at once, asynchronously (no WAL flush waited for): the counter
 * row, which every application of the day updates, is then locked for microseconds instead of for a whole transaction.
 * A draw lost in a crash is harmless: any application that used the number and was reported committed had its WAL,
 * which comes after the draw's, flushed. A number drawn for an application that then fails is skipped (the day's
 * numbers rise without repeating, with an occasional gap). The statement, of literal values: undefined on SQLite
 * (one writer: the serial is taken inside the transaction). It draws nothing on a day without its counter row yet:
 * the transaction then makes the row (nextRequestSerial).
 */
export function serialDraw(db: Db, day: string): string | undefined {
  if (db.dialect !== 'postgres') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error('bad receipt day');
  return `update request_number_days set last = last + 1 where day = '${day}' returning last`;
}

/**
 * The receipt day's next serial, from the day's counter row: simultaneous transactions queue on it (both engines) and
 * each gets its own. The day's first serial continues after any numbers the day already holds (drawn at random by an
 * older version), read from the requests once, when the row is made; two transactions making it at once meet in the
 * conflict clause, and the second counts on from the first.
 */
export async function nextRequestSerial(tx: Kysely<DB>, day: string, prefix: string): Promise<number> {
  const next = await tx
    .updateTable('request_number_days')
    .set({ last: sql`last + 1` })
    .where('day', '=', day)
    .returning('last')
    .executeTakeFirst();
  if (next) return Number(next.last);
  // Numbers of the day sort between the prefix and the prefix followed by ':' (the character after '9').
  const { rows } = await sql<{ last: number }>`insert into request_number_days (day, last)
    values (${day}, (select coalesce(max(cast(substr(number, ${prefix.length + 1}) as integer)), 0) + 1 from requests where number >= ${prefix} and number < ${`${prefix}:`}))
    on conflict (day) do update set last = request_number_days.last + 1
    returning last`.execute(tx);
  return Number(rows[0]!.last);
}

export async function findByNonce(tx: Q, nonce: string): Promise<RequestRow | undefined> {
  const r = await tx.selectFrom('requests').selectAll().where('submit_nonce', '=', nonce).executeTakeFirst();
  return r && toRow(r);
}

export async function findRequest(db: Q, scope: Scope, id: number): Promise<RequestRow | undefined> {
  const r = await db
    .selectFrom('requests')
    .selectAll()
    .where('id', '=', id)
    .where(inScope(scope, 'requests.agency_id'))
    .executeTakeFirst();
  return r && toRow(r);
}

export async function findRequestByNumber(db: Q, scope: Scope, number: string): Promise<RequestRow | undefined> {
  const r = await db
    .selectFrom('requests')
    .selectAll()
    .where('number', '=', number)
    .where(inScope(scope, 'requests.agency_id'))
    .executeTakeFirst();
  return r && toRow(r);
}

/** The applicant's own look-up: by 编号 alone; the caller compares the 查询码 hash. */
export async function findForApplicant(db: Q, number: string): Promise<RequestRow | undefined> {
  const r = await db.selectFrom('requests').selectAll().where('number', '=', number).executeTakeFirst();
  return r && toRow(r);
}

/** `q`: words found in the 申请编号, the applicant's name or the title of the information sought (each word somewhere). */
export type ListFilter = {
  agencyId?: number;
  state?: RequestState;
  handlerId?: number;
  open?: readonly RequestState[];
  q?: string;
  limit?: number;
  offset?: number;
};

/** Cases newest first; `limit`/`offset` page them (unset: all that match, e.g. every open case for the counts). */
export async function listRequests(db: Q, scope: Scope, f: ListFilter = {}): Promise<RequestRow[]> {
  let q = filtered(db, scope, f).selectAll().orderBy('received_on', 'desc').orderBy('id', 'desc');
  if (f.limit !== undefined) q = q.limit(f.limit).offset(f.offset ?? 0);
  return (await q.execute()).map(toRow);
}

/** How many cases match, and how many in each state (the list's filter counts). */
export async function countRequests(
  db: Q,
  scope: Scope,
  f: ListFilter = {},
): Promise<{ total: number; byState: Record<string, number> }> {
  const rows = await filtered(db, scope, { ...f, state: undefined })
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  const byState = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  return { total: f.state ? (byState[f.state] ?? 0) : Object.values(byState).reduce((a, b) => a + b, 0), byState };
}

function filtered(db: Q, scope: Scope, f: ListFilter) {
  let q = db.selectFrom('requests').where(inScope(scope, 'requests.agency_id'));
  if (f.agencyId !== undefined) q = q.where('agency_id', '=', f.agencyId);
  if (f.state) q = q.where('state', '=', f.state);
  if (f.handlerId) q = q.where('handler_user_id', '=', f.handlerId);
  if (f.open) q = q.where('state', 'in', [...f.open]);
  for (const word of (f.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5)) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`requests.number like ${like.toUpperCase()} escape '\\'`,
        sql<boolean>`requests.applicant_name like ${like} escape '\\'`,
        sql<boolean>`requests.info_title like ${like} escape '\\'`,
      ]),
    );
  }
  return q;
}

/** The applicant's earlier cases in the actor's scope (repeat applications, 第三十五条 / 第三十六条（六）). */
export async function listByApplicant(
  db: Q,
  scope: Scope,
  applicantHash: string,
  excludeId: number,
): Promise<RequestRow[]> {
  const rows = await db
    .selectFrom('requests')
    .selectAll()
    .where(inScope(scope, 'requests.agency_id'))
    .where('applicant_hash', '=', applicantHash)
    .where('id', '<>', excludeId)
    .orderBy('received_on', 'desc')
    .limit(50)
    .execute();
  return rows.map(toRow);
}

/** 按件计收: the applicant's applications to the agency received in [from, to] before this one. */
export async function countApplicantBetween(
  db: Q,
  agencyId: number,
  applicantHash: string,
  from: string,
  to: string,
  beforeId: number,
): Promise<number> {
  const r = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('applicant_hash', '=', applicantHash)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .where('id', '<', beforeId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Changes the case if nobody else did since `version` was read; otherwise `stale`. */
export async function updateRequest(
  tx: Q,
  id: number,
  version: number,
  set: Partial<Omit<NewRequestRow, 'created_at'>>,
): Promise<void> {
  const r = await tx
    .updateTable('requests')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw stale('申请');
}

/** Appends a step to the history and keeps 表三's episodes in step with it (call after `updateRequest`). */
export async function appendEvent(
  tx: Q,
  e: {
    agencyId: number;
    requestId: number;
    type: RequestEventType;
    onDate: string;
    at: string;
    actor: string;
    stateAfter: RequestState;
    data: Record<string, unknown>;
  },
): Promise<void> {
  await tx
    .insertInto('request_events')
    .values({
      agency_id: e.agencyId,
      request_id: e.requestId,
      type: e.type,
      on_date: e.onDate,
      at: e.at,
      actor: e.actor,
      state_after: e.stateAfter,
      data: JSON.stringify(e.data),
    })
    .execute();
  await syncEpisode(tx, e);
}

/** A closing step closes the open episode with the case's outcome; a reopening starts a new one; a transfer moves it. */
async function syncEpisode(
  tx: Q,
  e: { agencyId: number; requestId: number; type: RequestEventType; onDate: string },
): Promise<void> {
  if (CLOSING.includes(e.type)) {
    const c = await tx.selectFrom('requests').select('outcome').where('id', '=', e.requestId).executeTakeFirstOrThrow();
    await tx
      .updateTable('request_episodes')
      .set({ closed_on: e.onDate, outcome: c.outcome })
      .where('request_id', '=', e.requestId)
      .where('closed_on', 'is', null)
      .execute();
  } else if (e.type === 'reopened') {
    const c = await tx
      .selectFrom('requests')
      .select(['agency_id', 'applicant_kind'])
      .where('id', '=', e.requestId)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('request_episodes')
      .values({
        agency_id: c.agency_id,
        request_id: e.requestId,
        applicant_kind: c.applicant_kind,
        started_on: e.onDate,
      })
      .execute();
  } else if (e.type === 'transferred') {
    await tx
      .updateTable('request_episodes')
      .set({ agency_id: e.agencyId })
      .where('request_id', '=', e.requestId)
      .where('closed_on', 'is', null)
      .execute();
  }
}

export type EventRow = HistoryEvent & { id: number; at: string; actor: string; stateAfter: RequestState };

export async function listEvents(db: Q, requestId: number): Promise<EventRow[]> {
  return (await eventsOf(db, [requestId])).get(requestId) ?? [];
}

/** The histories of many cases in a few queries (a list page's clocks), by case id. */
export async function eventsOf(db: Q, requestIds: readonly number[]): Promise<Map<number, EventRow[]>> {
  const out = new Map<number, EventRow[]>();
  for (let i = 0; i < requestIds.length; i += 500) {
    const rows = await db
      .selectFrom('request_events')
      .selectAll()
      .where('request_id', 'in', requestIds.slice(i, i + 500))
      .orderBy('request_id')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const e: EventRow = {
        id: Number(r.id),
        type: r.type as RequestEventType,
        onDate: r.on_date,
        at: r.at,
        actor: r.actor,
        stateAfter: r.state_after,
        data: JSON.parse(r.data) as Record<string, unknown>,
      };
      const list = out.get(Number(r.request_id));
      if (list) list.push(e);
      else out.set(Number(r.request_id), [e]);
    }
  }
  return out;
}

export async function handlerNames(db: Q, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [Number(r.id), r.display_name]));
}

/** The e-mail addresses staff gave for their reminders, by user id (those without one are absent). */
export async function staffEmails(db: Q, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('id', 'in', [...new Set(ids)])
    .where('email', 'is not', null)
    .where('disabled', '=', 0)
    .execute();
  return new Map(rows.map((r) => [Number(r.id), r.email!]));
}

/** Every open case of every agency, with its clock inputs (for recomputing deadlines when a calendar year changes). */
export async function listOpenForRecompute(
  db: Q,
  open: readonly RequestState[],
): Promise<
  Array<{
    id: number;
    agencyId: number;
    number: string;
    receivedOn: string;
    channel: string;
    state: RequestState;
    handlerUserId: number | null;
  }>
> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'agency_id', 'number', 'received_on', 'channel', 'state', 'handler_user_id'])
    .where('state', 'in', [...open])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    number: r.number,
    receivedOn: r.received_on,
    channel: r.channel,
    state: r.state,
    handlerUserId: r.handler_user_id === null ? null : Number(r.handler_user_id),
  }));
}
