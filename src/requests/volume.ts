// 第三十五条 in practice: "申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。"
// The case page shows how many applications the applicant made to the agency in the 30 days and the 12 months up to
// this one's receipt (matched on the identity hash, never on a name), the agency's thresholds, and other applicants'
// similar requests in the same 12 months (number, date, title with personal data masked, state: nothing of them).
// Whether a volume is "明显超过合理范围" stays the agency's judgement: the thresholds only point it out.
import { authorize } from '../auth/authorize.ts';
import { addDays, addMonths } from '../calendar/dates.ts';
import type { Ctx } from '../context.ts';
import { maskText } from '../privacy/mask.ts';
import { STATE_LABELS, type RequestState } from './lifecycle.ts';
import { canReadCases } from './policy.ts';
import { SIMILAR, similarity } from './similar.ts';
import { type RequestRow, findRequestByNumber } from './store.ts';
import { notFound } from '../errors.ts';
import { type VolumeThresholds, countApplicantIn, findThresholds, listOthersIn } from './volume-store.ts';

/**
 * Until an agency sets its own: more than 10 in 30 days echoes the 信息处理费管理办法 (第四条: 同一申请人一个自然月内
 * 累计申请10件以下（含10件）的，不收费), and 50 in 12 months about five such months.
 */
export const DEFAULT_THRESHOLDS: VolumeThresholds = { per30Days: 10, per12Months: 50 };
/** Other applicants' requests compared for similarity: the latest this many of the 12 months. */
const COMPARED = 2000;
const SHOWN = 10;

export type SimilarRequest = { id: number; number: string; receivedOn: string; state: string; infoTitle: string };
export type Volume = {
  /** The windows, both ending on the day this application was received. */
  from30: string;
  from12: string;
  to: string;
  last30Days: number;
  last12Months: number;
  thresholds: VolumeThresholds;
  over30: boolean;
  over12: boolean;
  similar: SimilarRequest[];
};

/** Pure: whether each count exceeds its threshold. */
export function overThresholds(
  counts: { last30Days: number; last12Months: number },
  t: VolumeThresholds,
): { over30: boolean; over12: boolean } {
  return { over30: counts.last30Days > t.per30Days, over12: counts.last12Months > t.per12Months };
}

export async function volumeThresholds(ctx: Ctx, agencyId: number): Promise<VolumeThresholds> {
  return (await findThresholds(ctx.db, agencyId)) ?? DEFAULT_THRESHOLDS;
}

/** The volume panel of a case the caller may read (the case comes from loadCase/caseView, already in scope). */
export async function applicantVolume(ctx: Ctx, c: RequestRow): Promise<Volume> {
  authorize(canReadCases(ctx.actor));
  const to = c.received_on;
  const from30 = addDays(to, -29);
  const from12 = addDays(addMonths(to, -12), 1);
  const [last30Days, last12Months, thresholds, others] = await Promise.all([
    countApplicantIn(ctx.db, c.agency_id, c.applicant_hash, from30, to),
    countApplicantIn(ctx.db, c.agency_id, c.applicant_hash, from12, to),
    volumeThresholds(ctx, c.agency_id),
    listOthersIn(ctx.db, c.agency_id, c.applicant_hash, from12, to, COMPARED),
  ]);
  const text = `${c.info_title}${c.info_description}`;
  const similar = others
    .map((o) => ({ o, score: similarity(text, `${o.infoTitle}${o.infoDescription}`) }))
    .filter((x) => x.score >= SIMILAR)
    .sort((a, b) => b.score - a.score)
    .slice(0, SHOWN)
    .map(({ o }) => ({
      id: o.id,
      number: o.number,
      receivedOn: o.receivedOn,
      state: STATE_LABELS[o.state as RequestState] ?? o.state,
      infoTitle: maskText(o.infoTitle),
    }));
  const counts = { last30Days, last12Months };
  return { from30, from12, to, ...counts, thresholds, ...overThresholds(counts, thresholds), similar };
}

/** The same panel by the case's number (the staff API). */
export async function applicantVolumeByNumber(ctx: Ctx, number: string): Promise<Volume> {
  authorize(canReadCases(ctx.actor));
  const c = await findRequestByNumber(ctx.db, ctx.scope, number);
  if (!c) throw notFound('申请');
  return applicantVolume(ctx, c);
}
