// A new application: from the portal or the API (互联网渠道, received today), or registered by a clerk from paper,
// mail, fax, e-mail or in person with the receipt date the channel rules give (条例第三十一条). One transaction with
// its audit record and the receipt e-mail in the outbox; a second submit of the same form (same nonce, same content)
// finds the first case.
import { findPublicAgency } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { authorize } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { canonicalJson } from '../audit/chain.ts';
import { safeEqual } from '../auth/secrets.ts';
import { DomainError, invalidInput, notFound } from '../errors.ts';
import { kickOutbox } from '../outbox/runner.ts';
import { maskText } from '../privacy/mask.ts';
import { sealer } from '../privacy/seal.ts';
import { chinaToday } from '../time.ts';
import {
  accessCode,
  accessHash,
  MAX_NUMBERS_A_DAY,
  numberPrefix,
  requestNumber,
  submissionFingerprint,
} from './access.ts';
import type { IntakeChannel } from './clock.ts';
import { type ApplicationInput, applicantKind } from './form.ts';
import { canRegister } from './policy.ts';
import { type CheckedUpload, storeSealed } from './attachments.ts';
import { type NewRequestRow, findByNonce, insertRequest, nextRequestSerial, serialDraw } from './store.ts';
import { beginningWith } from '../db/postgres-commit.ts';
import { insertAttachment } from './attachment-store.ts';

export type Intake = { channel: IntakeChannel; receivedOn?: string; evidence?: string };
export type Submitted = { id: number; number: string; code: string; created: boolean };

export async function submitApplication(
  ctx: Ctx,
  agencyCode: string,
  input: ApplicationInput,
  intake: Intake = { channel: 'portal' },
  uploads: readonly CheckedUpload[] = [],
): Promise<Submitted> {
  const agency = await findPublicAgency(ctx.db, agencyCode);
  if (!agency) throw notFound('机关');
  if (intake.channel !== 'portal') authorize(canRegister(ctx.actor, agency.id));
  if (intake.receivedOn && intake.receivedOn > chinaToday(ctx.now))
    throw invalidInput('收到申请之日不能晚于今天。', { receivedOn: '日期不能晚于今天' });
  const nonce = input.nonce ? `${agency.id}:${input.nonce}` : null;
  const code = accessCode();
  const fingerprint = nonce
    ? submissionFingerprint(
        ctx.config.secret,
        canonicalJson({
          input: { ...input, nonce: undefined },
          intake,
          uploads: uploads.map((u) => [u.kind, u.sha256]),
        }),
      )
    : null;
  // A retry is found by the nonce's unique index when its insert fails (below), not looked up first: one round trip
  // less for every first submission, the common case.
  const again = async () => (nonce && fingerprint ? retryOf(ctx, nonce, fingerprint) : undefined);
  const receivedOn = intake.receivedOn ?? chinaToday(ctx.now);
  try {
    // PostgreSQL draws the serial in the round trip that begins the transaction (store.ts).
    const submitted = await beginningWith(serialDraw(ctx.db, receivedOn), (drawn) =>
      ctx.db.transaction().execute(async (tx) => {
        const early = drawn()?.[0]?.last;
        const serial =
          early !== undefined ? Number(early) : await nextRequestSerial(tx, receivedOn, numberPrefix(receivedOn));
        if (serial > MAX_NUMBERS_A_DAY)
          throw new DomainError(
            'conflict',
            `${receivedOn} 的申请编号已用完（每日 ${MAX_NUMBERS_A_DAY} 个），无法再登记当日收到的申请。请联系系统管理员。`,
          );
        const number = requestNumber(receivedOn, serial);
        const row = applicationRow(ctx, input, {
          agencyId: agency.id,
          number,
          code,
          nonce,
          fingerprint,
          receivedOn,
          intake,
        });
        if (ctx.actor.kind === 'staff' && intake.channel !== 'portal') row.handler_user_id = ctx.actor.userId;
        // The receipt e-mail goes into the outbox with the case (one statement on PostgreSQL).
        const receipt = input.email
          ? {
              agencyId: agency.id,
              dedupeKey: `receipt:${number}`,
              recipient: maskText(input.email),
              recipientSealed: sealer(ctx.config).seal(input.email),
              now: ctx.now.toISOString(),
              subject: `【${agency.name}】已收到您的政府信息公开申请 ${number}`,
              body: `您好：\n\n${agency.name}已于 ${receivedOn} 收到您的政府信息公开申请，申请编号 ${number}。\n请打开以下链接，凭申请编号和提交时页面显示的查询码查询办理进度：\n${trackingLink(ctx.config.baseUrl, agency.code, number)}\n\n此邮件由系统发送，请勿回复。`,
            }
          : undefined;
        const id = await insertRequest(tx, row, receipt);
        for (const u of uploads) {
          const storedAs = await storeSealed(tx, ctx.config, u.data); // in this transaction (files/store.ts)
          await insertAttachment(tx, {
            agencyId: agency.id,
            requestId: id,
            kind: u.kind,
            filename: u.filename,
            mediaType: u.mediaType,
            size: u.data.length,
            sha256: u.sha256,
            storedAs,
            now: ctx.now.toISOString(),
          });
        }
        // Last: the audit chain's head is locked from here to the commit, which every change waits for.
        await record(tx, ctx, {
          action: 'request.submitted',
          objectType: 'request',
          objectId: id,
          agencyId: agency.id,
          summary: { number, channel: intake.channel, receivedOn },
        });
        return { id, number, code, created: true };
      }),
    );
    // After commit, in the background: the receipt e-mail leaves through the outbox; a slow or failing mail server
    // never holds up or undoes the case (the message stays queued with its error and is retried).
    void kickOutbox(ctx.db, ctx.config, ctx.log, ctx.now);
    return submitted;
  } catch (err) {
    const raced = await again(); // the same form again (a retry, or twice at once): the unique nonce let one through
    if (raced) return raced;
    throw err;
  }
}

/** The full address of the tracking page with the 编号 filled in (never the 查询码, which only the applicant holds). */
export function trackingLink(baseUrl: string, agencyCode: string, number: string): string {
  return `${baseUrl}/${encodeURIComponent(agencyCode)}/track?number=${encodeURIComponent(number)}`;
}

/**
 * An earlier case under the same nonce: the same receipt when the content is the same (a retry, a double click), a
 * conflict that names nothing of it when the content differs (someone who learnt or guessed the nonce).
 */
async function retryOf(ctx: Ctx, nonce: string, fingerprint: string): Promise<Submitted | undefined> {
  const earlier = await findByNonce(ctx.db, nonce);
  if (!earlier) return undefined;
  if (!earlier.submit_fingerprint || !earlier.receipt_sealed || !safeEqual(earlier.submit_fingerprint, fingerprint)) {
    throw new DomainError(
      'conflict',
      '此申请表已提交过不同的内容。如要提交新的申请，请刷新申请页面后重新填写；如要查询已提交的申请，请使用回执上的申请编号和查询码。',
    );
  }
  return {
    id: earlier.id,
    number: earlier.number,
    code: sealer(ctx.config).open(earlier.receipt_sealed),
    created: false,
  };
}

function applicationRow(
  ctx: Ctx,
  a: ApplicationInput,
  m: {
    agencyId: number;
    number: string;
    code: string;
    nonce: string | null;
    fingerprint: string | null;
    receivedOn: string;
    intake: Intake;
  },
): NewRequestRow {
  const s = sealer(ctx.config);
  const now = ctx.now.toISOString();
  const natural = a.applicantType === 'natural';
  return {
    agency_id: m.agencyId,
    number: m.number,
    access_hash: accessHash(ctx.config.secret, m.number, m.code),
    submit_nonce: m.nonce,
    submit_fingerprint: m.fingerprint,
    receipt_sealed: m.nonce ? s.seal(m.code) : null,
    channel: m.intake.channel,
    receipt_evidence: m.intake.evidence ?? null,
    received_on: m.receivedOn,
    state: 'received',
    applicant_kind: applicantKind(a),
    applicant_name: a.name,
    applicant_hash: s.lookupHash(natural ? `${a.idType}:${a.idNumber}` : `uscc:${a.orgCode}`),
    id_type: natural ? a.idType! : null,
    id_number_sealed: natural ? s.seal(a.idNumber!) : null,
    org_code: natural ? null : a.orgCode!,
    legal_rep: natural ? null : (a.legalRep ?? null),
    contact_person: natural ? null : (a.contactPerson ?? null),
    phone_sealed: s.seal(a.phone),
    email: null,
    email_sealed: a.email ? s.seal(a.email) : null,
    address_sealed: a.address ? s.seal(a.address) : null,
    info_title: a.infoTitle,
    info_doc_number: a.infoDocNumber ?? null,
    info_description: a.infoDescription,
    form_wanted: a.formWanted,
    delivery: a.delivery,
    handler_user_id: null,
    outcome: null,
    outcome_basis: null,
    transferred_from: null,
    created_at: now,
    updated_at: now,
  };
}
