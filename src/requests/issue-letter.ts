// Issues a letter (告知书) for a case: built from the history by letter.ts, refused while a required part is missing,
// stored as a snapshot of its content (what was sent is what stays), audited.
import { findPublicAgencyById } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { authorize } from '../auth/authorize.ts';
import { loadCalendar } from '../calendar/store.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../errors.ts';
import { chinaToday } from '../time.ts';
import { availableLetters, buildLetter, type LetterContent } from './letter.ts';
import { LETTER_TITLES, type LetterKind } from './letter-kinds.ts';
import { canWriteCase } from './policy.ts';
import { findRequest, insertLetter, listEvents, listLetters } from './store.ts';

export async function issueLetter(ctx: Ctx, requestId: number, kind: LetterKind): Promise<{ id: number }> {
  const cal = await loadCalendar(ctx.db);
  return ctx.db.transaction().execute(async (tx) => {
    const c = await findRequest(tx, ctx.scope, requestId);
    if (!c) throw notFound('申请');
    authorize(canWriteCase(ctx.actor, c));
    const history = await listEvents(tx, c.id);
    if (!availableLetters(c, history).includes(kind)) throw new DomainError('illegal_transition', `本案当前不能出具${LETTER_TITLES[kind]}。`);
    const agency = await findPublicAgencyById(tx, c.agency_id);
    const issuedOn = chinaToday(ctx.now);
    const content = buildLetter(cal, kind, c, agency?.name ?? '', history, issuedOn);
    const id = await insertLetter(tx, { agencyId: c.agency_id, requestId: c.id, kind, issuedOn, content, now: ctx.now.toISOString() });
    await record(tx, ctx, { action: 'request.letter_issued', objectType: 'request', objectId: c.id, agencyId: c.agency_id, summary: { number: c.number, kind } });
    return { id };
  });
}

/** A letter of a case the caller can already see (the staff case, or the applicant's own). */
export async function letterOf(ctx: Pick<Ctx, 'db'>, requestId: number, letterId: number): Promise<LetterContent> {
  const l = (await listLetters(ctx.db, requestId)).find((x) => x.id === letterId);
  if (!l) throw notFound('告知书');
  return l.content as unknown as LetterContent;
}
