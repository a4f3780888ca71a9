// The public feedback box (意见箱, 社会评议 under 条例第四十六条): its states and the reply period.
// The regulation sets no deadline for answering feedback; 15 working days is this platform's default practice,
// counted on the official calendar like every other period.

export const REPLY_WORKING_DAYS = 15;

export const FEEDBACK_STATES = ['received', 'replied'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

export const FEEDBACK_STATE_LABELS = { received: '待答复', replied: '已答复' } as const satisfies Record<
  FeedbackState,
  string
>;

/** Shown publicly only when the sender asked for it, the agency has replied, and a moderator approved it. */
export function canPublish(f: {
  wantsPublic: boolean;
  status: FeedbackState;
}): { allowed: true } | { allowed: false; reason: string } {
  if (!f.wantsPublic) return { allowed: false, reason: '留言人未同意公开，不能公开展示。' };
  if (f.status !== 'replied') return { allowed: false, reason: '请先答复，再决定是否公开。' };
  return { allowed: true };
}
