// Issues a letter (告知书) for a case: built from the history by letter.ts, refused while a required part is missing,
// stored as a snapshot of its content (what was sent is what stays), audited. The issuing agency's 复议机关 is derived
// from the agency tree (appeals/jurisdiction.ts) and named in the letter; each letter gets the agency's next 发文字号.
import { ancestorIds } from '../agencies/tree.ts';
import { findPublicAgencyById } from '../agencies/store.ts';
import { reviewBodyOf, type TreeAgency } from '../appeals/jurisdiction.ts';
import { record } from '../audit/record.ts';
import { authorize } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { DomainError, notFound } from '../errors.ts';
import { chinaToday } from '../time.ts';
import { availableLetters, buildLetter, type LetterContent } from './letter.ts';
import { LETTER_TITLES, type LetterKind } from './letter-kinds.ts';
import { canWriteCase } from './policy.ts';
import { type EventRow, type RequestRow, findRequest, listEvents } from './store.ts';
import { countAgencyLetters, insertLetter, listLetters } from './letter-store.ts';

type Tx = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export async function issueLetter(ctx: Ctx, requestId: number, kind: LetterKind): Promise<{ id: number }> {
  return ctx.db.transaction().execute(async (tx) => {
    const c = await findRequest(tx, ctx.scope, requestId);
    if (!c) throw notFound('申请');
    authorize(canWriteCase(ctx.actor, c));
    return { id: await issueLetterIn(tx, ctx, c, await listEvents(tx, c.id), kind) };
  });
}

/** Issues a letter inside the caller's transaction (a step that mails its letter issues it with the step). */
export async function issueLetterIn(
  tx: Tx,
  ctx: Ctx,
  c: RequestRow,
  history: EventRow[],
  kind: LetterKind,
): Promise<number> {
  if (!availableLetters(c, history).includes(kind))
    throw new DomainError('illegal_transition', `本案当前不能出具${LETTER_TITLES[kind]}。`);
  const agency = await findPublicAgencyById(tx, c.agency_id);
  if (!agency) throw notFound('机关');
  const issuedOn = chinaToday(ctx.now);
  const year = Number(issuedOn.slice(0, 4));
  const serial = (await countAgencyLetters(tx, agency.id, year)) + 1;
  const ancestors = await ancestorsOf(tx, agency.path);
  const issuer = {
    name: agency.name,
    reviewBody: () => reviewBodyOf(agency, ancestors),
    docNumber: docNumber(agency.name, year, serial),
  };
  const content = buildLetter(kind, c, issuer, history, issuedOn);
  const id = await insertLetter(tx, {
    agencyId: c.agency_id,
    requestId: c.id,
    kind,
    issuedOn,
    content,
    now: ctx.now.toISOString(),
  });
  await record(tx, ctx, {
    action: 'request.letter_issued',
    objectType: 'request',
    objectId: c.id,
    agencyId: c.agency_id,
    summary: { number: c.number, kind },
  });
  return id;
}

/** The agency's ancestors in the tree, nearest first (agency names and kinds are public). */
async function ancestorsOf(tx: Tx, path: string): Promise<TreeAgency[]> {
  const ids = ancestorIds(path).slice(0, -1).reverse();
  const found = await Promise.all(ids.map((id) => findPublicAgencyById(tx, id)));
  return found.filter((a) => a !== undefined);
}

/** 发文字号 (GB/T 9704-2012 7.2.4): 机关代字〔年份〕序号, the 代字 being the name without 人民政府 / 办事处. */
export function docNumber(agencyName: string, year: number, serial: number): string {
  return `${agencyName.replace(/(人民政府|办事处)$/, '')}依申公开〔${year}〕${serial}号`;
}

/** A letter of a case the caller can already see (the staff case, or the applicant's own). */
export async function letterOf(ctx: Pick<Ctx, 'db'>, requestId: number, letterId: number): Promise<LetterContent> {
  const l = (await listLetters(ctx.db, requestId)).find((x) => x.id === letterId);
  if (!l) throw notFound('告知书');
  return l.content as unknown as LetterContent;
}
