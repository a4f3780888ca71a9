// The reviews of findings (reviews.ts) as stored: one row per agency, subject and fingerprint.
import type { Db } from '../db/connect.ts';
import type { Decision, Review } from './reviews.ts';

type Q = Pick<Db, 'selectFrom'>;

export async function listReviews(db: Q, agencyId: number, subject: string): Promise<Review[]> {
  const rows = await db
    .selectFrom('report_finding_reviews')
    .select(['fingerprint', 'decision', 'reason', 'actor_name', 'at'])
    .where('agency_id', '=', agencyId)
    .where('subject', '=', subject)
    .orderBy('at')
    .execute();
  return rows.map((r) => ({
    fingerprint: r.fingerprint,
    decision: r.decision as Decision,
    reason: r.reason,
    by: r.actor_name,
    at: r.at,
  }));
}

/** Reviews of several subjects at once (a batch page, an export), by subject. */
export async function listReviewsOf(
  db: Q,
  agencyId: number,
  subjects: readonly string[],
): Promise<Map<string, Review[]>> {
  const out = new Map<string, Review[]>(subjects.map((s) => [s, []]));
  if (subjects.length === 0) return out;
  const rows = await db
    .selectFrom('report_finding_reviews')
    .select(['subject', 'fingerprint', 'decision', 'reason', 'actor_name', 'at'])
    .where('agency_id', '=', agencyId)
    .where('subject', 'in', [...new Set(subjects)])
    .orderBy('at')
    .execute();
  for (const r of rows)
    out.get(r.subject)?.push({
      fingerprint: r.fingerprint,
      decision: r.decision as Decision,
      reason: r.reason,
      by: r.actor_name,
      at: r.at,
    });
  return out;
}

export type ReviewRow = {
  agencyId: number;
  subject: string;
  fingerprint: string;
  decision: Decision;
  reason: string;
  actorUserId: number | null;
  actorName: string;
  at: string;
};

/** Replaces the agency's earlier review of the same finding; returns the decision it replaced, if any. */
export async function saveReview(
  tx: Pick<Db, 'selectFrom' | 'deleteFrom' | 'insertInto'>,
  r: ReviewRow,
): Promise<{ id: number; replaced: Decision | null }> {
  const old = await tx
    .selectFrom('report_finding_reviews')
    .select(['id', 'decision'])
    .where('agency_id', '=', r.agencyId)
    .where('subject', '=', r.subject)
    .where('fingerprint', '=', r.fingerprint)
    .executeTakeFirst();
  if (old) await tx.deleteFrom('report_finding_reviews').where('id', '=', old.id).execute();
  const row = await tx
    .insertInto('report_finding_reviews')
    .values({
      agency_id: r.agencyId,
      subject: r.subject,
      fingerprint: r.fingerprint,
      decision: r.decision,
      reason: r.reason,
      actor_user_id: r.actorUserId,
      actor_name: r.actorName,
      at: r.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), replaced: old ? (old.decision as Decision) : null };
}
