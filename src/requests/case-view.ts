// What staff see of a case: the case with personal data masked, its history and letters, the clock (due date,
// working days left, the trace and the articles), the actions the actor may take now, and the applicant's earlier
// cases flagged when they ask for similar information (重复申请).
import { findPublicAgencyById } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { authorize } from '../auth/authorize.ts';
import { loadCalendar } from '../calendar/store.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { maskName, maskTail, maskText } from '../privacy/mask.ts';
import { sealer } from '../privacy/seal.ts';
import { chinaToday } from '../time.ts';
import { type CaseClock, caseClock } from './clock.ts';
import { type RequestEventType, allowedEvents } from './lifecycle.ts';
import { canReadCases, canSeePersonal, partiesOf } from './policy.ts';
import { availableLetters } from './letter.ts';
import type { LetterKind } from './letter-kinds.ts';
import { SIMILAR, similarity } from './similar.ts';
import { type EventRow, type RequestRow, findRequest, listByApplicant, listEvents } from './store.ts';
import { type AttachmentRow, listAttachments } from './attachment-store.ts';
import { type LetterRow, listLetters } from './letter-store.ts';
import { readSealed } from './attachments.ts';

export type Personal = {
  name: string;
  idNumber: string | null;
  phone: string;
  address: string | null;
  email: string | null;
};
export type EarlierCase = {
  id: number;
  number: string;
  receivedOn: string;
  state: string;
  infoTitle: string;
  similar: boolean;
};

export type CaseView = {
  c: RequestRow;
  agencyName: string;
  personal: Personal;
  history: EventRow[];
  letters: LetterRow[];
  clock: CaseClock;
  allowed: RequestEventType[];
  canSeePersonal: boolean;
  earlier: EarlierCase[];
  /** Letters the case can produce now (shown as buttons to those who may write). */
  letterKinds: LetterKind[];
  attachments: AttachmentRow[];
};

export async function loadCase(ctx: Ctx, id: number): Promise<RequestRow> {
  authorize(canReadCases(ctx.actor));
  const c = await findRequest(ctx.db, ctx.scope, id);
  if (!c) throw notFound('申请');
  return c;
}

export async function caseView(ctx: Ctx, id: number): Promise<CaseView> {
  const c = await loadCase(ctx, id);
  const [agency, history, letters, cal, others, attachments] = await Promise.all([
    findPublicAgencyById(ctx.db, c.agency_id),
    listEvents(ctx.db, c.id),
    listLetters(ctx.db, c.id),
    loadCalendar(ctx.db),
    listByApplicant(ctx.db, ctx.scope, c.applicant_hash, c.id),
    listAttachments(ctx.db, c.id),
  ]);
  const text = `${c.info_title}${c.info_description}`;
  return {
    c,
    agencyName: agency?.name ?? '',
    personal: personalOf(ctx, c, false),
    history,
    letters,
    clock: caseClock(
      cal,
      { receivedOn: c.received_on, channel: c.channel, state: c.state },
      history,
      chinaToday(ctx.now),
      true,
    ),
    allowed: allowedEvents(c.state, partiesOf(ctx.actor, c)),
    canSeePersonal: canSeePersonal(ctx.actor, c).allowed,
    attachments,
    letterKinds: partiesOf(ctx.actor, c).includes('clerk') ? availableLetters(c, history) : [],
    earlier: others.map((o) => ({
      id: o.id,
      number: o.number,
      receivedOn: o.received_on,
      state: o.state,
      infoTitle: o.info_title,
      similar: similarity(text, `${o.info_title}${o.info_description}`) >= SIMILAR,
    })),
  };
}

/** The handling clerk's whole view of the applicant's personal data; every view is audited. */
export async function revealPersonal(ctx: Ctx, id: number): Promise<Personal> {
  const c = await loadCase(ctx, id);
  authorize(canSeePersonal(ctx.actor, c));
  await ctx.db.transaction().execute((tx) =>
    record(tx, ctx, {
      action: 'request.personal_viewed',
      objectType: 'request',
      objectId: c.id,
      agencyId: c.agency_id,
      summary: { number: c.number },
    }),
  );
  return personalOf(ctx, c, true);
}

function personalOf(ctx: Ctx, c: RequestRow, whole: boolean): Personal {
  const s = sealer(ctx.config);
  const open = (v: string | null) => (v === null ? null : s.open(v));
  const id = open(c.id_number_sealed),
    phone = open(c.phone_sealed)!,
    address = open(c.address_sealed),
    email = open(c.email_sealed);
  if (whole) return { name: c.applicant_name, idNumber: id, phone, address, email };
  return {
    name: c.applicant_kind === 'natural' ? maskName(c.applicant_name) : c.applicant_name,
    idNumber: id === null ? null : c.id_type === 'resident_id' ? maskText(id) : maskTail(id, 2),
    phone: maskText(phone) === phone ? maskTail(phone, 4) : maskText(phone),
    address: address === null ? null : maskTail(address, 6),
    email: email === null ? null : maskText(email),
  };
}

/** An attachment's content for the handling clerk only; every view is audited. */
export async function readAttachment(
  ctx: Ctx,
  id: number,
  attachmentId: number,
): Promise<{ a: AttachmentRow; data: Buffer }> {
  const c = await loadCase(ctx, id);
  authorize(canSeePersonal(ctx.actor, c));
  const a = (await listAttachments(ctx.db, c.id)).find((x) => x.id === attachmentId);
  if (!a) throw notFound('附件');
  await ctx.db.transaction().execute((tx) =>
    record(tx, ctx, {
      action: 'request.attachment_viewed',
      objectType: 'request',
      objectId: c.id,
      agencyId: c.agency_id,
      summary: { number: c.number, kind: a.kind },
    }),
  );
  return { a, data: await readSealed(ctx.db, ctx.config, a.storedAs) };
}
