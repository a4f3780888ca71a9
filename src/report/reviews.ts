// A human's decision on a finding — confirmed, or dismissed with a reason — kept by the finding's stable fingerprint,
// so it sticks when the same report is checked again. One table for every subject: an uploaded report
// (`upload:…`/`published:…`) and a built annual report (`annual:<agencyId>:<year>`). Each agency keeps its own reviews.
import type { Finding } from './model.ts';

export const DECISIONS = ['confirmed', 'dismissed'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS = { confirmed: '确认有误', dismissed: '不予采纳' } as const satisfies Record<
  Decision,
  string
>;

export type Review = { fingerprint: string; decision: Decision; reason: string; by: string; at: string };
export type ReviewedFinding = Finding & { review?: { decision: Decision; reason: string; by: string; at: string } };

/** Each finding with the review of its fingerprint, when there is one. Pure. */
export function applyReviews(findings: readonly Finding[], reviews: readonly Review[]): ReviewedFinding[] {
  const byPrint = new Map(reviews.map((r) => [r.fingerprint, r]));
  return findings.map((f) => {
    const r = byPrint.get(f.fingerprint);
    return r ? { ...f, review: { decision: r.decision, reason: r.reason, by: r.by, at: r.at } } : { ...f };
  });
}

/** What still blocks publishing: every error finding a human has not dismissed (a confirmed error still blocks). */
export function blockingFindings(reviewed: readonly ReviewedFinding[]): ReviewedFinding[] {
  return reviewed.filter((f) => f.severity === 'error' && f.review?.decision !== 'dismissed');
}
