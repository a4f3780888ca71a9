// A citizen leaves feedback in an agency's 意见箱, named or anonymous, and gets a tracking code. A double submit of
// the same form finds the first feedback and gives the same code (the code is derived from the form's one-time key).
import { findPublicAgency } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { hmac, sha256 } from '../auth/secrets.ts';
import { addWorkingDays } from '../calendar/working-days.ts';
import { loadCalendar } from '../calendar/store.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { sealer } from '../privacy/seal.ts';
import { chinaToday } from '../time.ts';
import type { FeedbackInput } from './form.ts';
import { REPLY_WORKING_DAYS } from './rules.ts';
import { findBySubmitKey, insertFeedback } from './store.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read aloud over the phone without mistakes

export function trackingCode(secret: string, submitKey: string): string {
  const digest = Buffer.from(hmac(secret, `feedback:${submitKey}`), 'base64url');
  return Array.from(digest.subarray(0, 12), (b) => ALPHABET[b % ALPHABET.length]).join('');
}

export const codeHash = (code: string): string => sha256(`feedback:${code}`);

export async function submitFeedback(
  ctx: Ctx,
  agencyCode: string,
  input: FeedbackInput,
): Promise<{ code: string; replyDue: string; duplicate: boolean }> {
  const agency = await findPublicAgency(ctx.db, agencyCode);
  if (!agency) throw notFound('机关');
  const code = trackingCode(ctx.config.secret, input.key);
  const receivedOn = chinaToday(ctx.now);
  const replyDue = addWorkingDays(await loadCalendar(ctx.db), receivedOn, REPLY_WORKING_DAYS);
  const seal = (v: string) => sealer(ctx.config).seal(v); // name and contact are personal data: sealed like an ID number
  return ctx.db.transaction().execute(async (tx) => {
    const earlier = await findBySubmitKey(tx, input.key);
    if (earlier) {
      if (earlier.agencyId !== agency.id) throw notFound('机关');
      return { code, replyDue, duplicate: true };
    }
    const id = await insertFeedback(tx, {
      agencyId: agency.id,
      codeHash: codeHash(code),
      submitKey: input.key,
      nameSealed: input.name ? seal(input.name) : null,
      contactSealed: input.contact ? seal(input.contact) : null,
      subject: input.subject,
      body: input.body,
      wantsPublic: input.wantsPublic,
      receivedOn,
      replyDue,
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'feedback.received',
      objectType: 'feedback',
      objectId: id,
      agencyId: agency.id,
      summary: { subject: input.subject, anonymous: !input.name },
    });
    return { code, replyDue, duplicate: false };
  });
}
