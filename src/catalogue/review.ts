// 先审后发: the review lifecycle of a catalogue entry as a transition table. Pure.
// 草稿 → 保密审查 → 审核 → (负责人签发, where the agency requires it) → 待发布 → 已发布 → 撤下.
// 废止 is not a state: a repealed document stays published with 有效性 = 废止 and its 废止日期 (the public must be able
// to see that it was repealed). "涉密不上网、上网不涉密": the secrecy review comes first.
import type { Permission } from '../auth/roles.ts';
import { DomainError } from '../errors.ts';

// A correction of a published entry is an entry of its own through the same states; on publication it replaces the
// entry it corrects and ends as `applied` (the corrected entry stays the one the public sees, with its 索引号).
export const ENTRY_STATES = [
  'draft',
  'secrecy_review',
  'review',
  'sign_off',
  'ready',
  'published',
  'withdrawn',
  'applied',
] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export const STATE_LABELS = {
  draft: '草稿',
  secrecy_review: '保密审查',
  review: '审核',
  sign_off: '负责人签发',
  ready: '待发布',
  published: '已发布',
  withdrawn: '已撤下',
  applied: '已更正到原信息',
} as const satisfies Record<EntryState, string>;

export const REVIEW_ACTIONS = ['submit', 'approve', 'return', 'publish', 'withdraw'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const ACTION_LABELS = {
  submit: '提交审查',
  approve: '审查通过',
  return: '退回修改',
  publish: '发布',
  withdraw: '撤下',
} as const satisfies Record<ReviewAction, string>;

/** The approval steps and the permission each needs. Only these states take `approve` / `return`. */
export const STEP_PERMISSION = {
  secrecy_review: 'catalogue.secrecy_review',
  review: 'catalogue.review',
  sign_off: 'catalogue.sign_off',
} as const satisfies Partial<Record<EntryState, Permission>>;
export type ReviewStep = keyof typeof STEP_PERMISSION;

// `null`: the next state depends on the agency (sign-off required or not); resolved by nextState().
const NEXT = {
  draft: { submit: 'secrecy_review' },
  secrecy_review: { approve: 'review', return: 'draft' },
  review: { approve: null, return: 'draft' },
  sign_off: { approve: 'ready', return: 'draft' },
  ready: { publish: 'published', return: 'draft' },
  published: { withdraw: 'withdrawn' },
  withdrawn: {},
  applied: {},
} as const satisfies Record<EntryState, Partial<Record<ReviewAction, EntryState | null>>>;

/**
 * The state the action leads to from `from`, or `illegal_transition` — the same shape as the requests' transition()
 * (requests/transition.ts): the next state, or the refusal thrown.
 */
export function nextState(
  from: EntryState,
  action: ReviewAction,
  agency: { requireSignOff: boolean },
): { state: EntryState } {
  const row = NEXT[from] as Partial<Record<ReviewAction, EntryState | null>>;
  if (!(action in row)) {
    throw new DomainError(
      'illegal_transition',
      `当前状态为“${STATE_LABELS[from]}”，不能“${ACTION_LABELS[action]}”。请刷新页面查看最新状态。`,
    );
  }
  const to = row[action];
  return { state: to ?? (agency.requireSignOff ? 'sign_off' : 'ready') };
}

export function isReviewStep(state: EntryState): state is ReviewStep {
  return state in STEP_PERMISSION;
}

/** The author can never approve their own entry (先审后发 needs a second pair of eyes at every step). */
export function selfApprovalRefused(authorId: number, actorUserId: number): string | undefined {
  return authorId === actorUserId ? '不能审查、签发或发布本人起草的信息，请由其他有权限的人员办理。' : undefined;
}

/** States whose content the author may still edit. */
export const EDITABLE: ReadonlySet<EntryState> = new Set(['draft']);
