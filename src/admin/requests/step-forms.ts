// One small form per workflow step on the case page: the fields that step needs. The lifecycle decides which are shown.
import type { listPublicAgencies } from '../../agencies/store.ts';
import { type Html, html } from '../../html/html.ts';
import { csrfInput, field } from '../../http/pages.ts';
import { radios, select, textarea } from '../../http/widgets.ts';
import { EVENT_LABELS, type RequestEventType } from '../../requests/lifecycle.ts';
import { OUTCOMES, REPLY_OUTCOMES } from '../../requests/outcomes.ts';
import { LETTER_TITLES, type LetterKind } from '../../requests/letter-kinds.ts';

/** The letter a step needs, issued with it (the reply's kind follows its outcome: 不予处理 gets its own). */
export const STEP_LETTERS: Partial<Record<RequestEventType, (outcome?: string) => LetterKind>> = {
  correction_requested: () => 'correction',
  consultation_started: () => 'consultation',
  extension_approved: () => 'extension',
  fee_notice_sent: () => 'fee',
  reasons_requested: () => 'reasons_request',
  reply_delayed: () => 'delayed_reply',
  replied: (outcome) =>
    outcome && Object.hasOwn(OUTCOMES, outcome) && OUTCOMES[outcome as keyof typeof OUTCOMES].family === 'notProcessed'
      ? 'not_processed'
      : 'reply',
};

type Agencies = Awaited<ReturnType<typeof listPublicAgencies>>;
type Ctx = {
  csrf: string;
  id: number;
  version: number;
  agencies: Agencies;
  ownAgencyId: number;
  errors?: Readonly<Record<string, string>>;
  event?: string;
};

const dateField = (c: Ctx, label = '办理日期（默认今天）') =>
  field({ name: 'onDate', label, type: 'date', error: c.event ? c.errors?.onDate : undefined });
// Steps that record when someone else received a notice: the date asked for is that day.
const DATE_LABELS: Partial<Record<RequestEventType, string>> = {
  consultation_received: '对方收到征求意见书的日期（签收日期）',
  fee_notice_received: '申请人收到收费通知的日期（签收日期）',
};
const REPLY_OPTIONS = Object.fromEntries(
  REPLY_OUTCOMES.map((o) => [o, `${OUTCOMES[o].label}（${OUTCOMES[o].basis}）`]),
);
const PARTY = { third_party: '第三方（条例第三十二条）', agency: '其他机关（条例第三十四条）' };

// Fields per step, beyond the date and a note.
const FIELDS: Partial<Record<RequestEventType, (c: Ctx) => Html>> = {
  correction_requested: () =>
    html`${textarea({ name: 'items', label: '需要补正的事项（一次性告知）', required: true })}${field({ name: 'replyBy', label: '补正期限（最后一日）', type: 'date', required: true })}`,
  consultation_started: () =>
    html`${radios({ name: 'party', label: '征求意见的对象', options: PARTY, required: true })}${field({ name: 'partyName', label: '第三方或机关名称', required: true })}`,
  extension_requested: () =>
    html`${field({ name: 'workingDays', label: '延长的工作日数（最多 20）', type: 'number', required: true })}${textarea({ name: 'reason', label: '延期理由', required: true, rows: 2 })}`,
  fee_notice_sent: () =>
    html`${radios({ name: 'method', label: '计费方式（只能选一种）', options: { count: '按件计收（第四条）', pages: '按量计收（第五条）' }, required: true })}${field({ name: 'pieces', label: '按件：本申请拆分后的件数', type: 'number' })}${field({ name: 'pages', label: '按量：页数', type: 'number' })}`,
  replied:
    () => html`${select({ name: 'outcome', label: '处理结果（对应年度报告表三）', options: REPLY_OPTIONS, empty: '请选择', required: true })}${field({ name: 'basis', label: '答复依据的条款', required: true, hint: '如：条例第三十六条第（二）项' })}
${textarea({ name: 'reason', label: '理由（不予公开、部分公开、不予处理时必填，写入答复告知书）', rows: 3, hint: '条例第三十六条第（三）项、第三十七条：告知申请人不予公开（处理）并说明理由' })}
${field({ name: 'holder', label: '负责公开该信息的机关（“不属于本机关负责公开”时必填）', hint: '条例第三十六条第（五）项：告知申请人该行政机关的名称、联系方式' })}${field({ name: 'holderContact', label: '该机关的联系方式（知道的写明）' })}`,
  consultation_received: () =>
    html`<p class="muted">记录第三方或被征求意见机关收到征求意见书的日期：15个工作日的答复期自该日起算（条例第三十二条、第三十四条）。</p>`,
  fee_notice_received: () => html`<p class="muted">记录申请人收到收费通知的日期：缴费期限自收到次日起20个工作日。</p>`,
  delivered: () => field({ name: 'evidence', label: '送达凭证（EMS 单号、邮件发送记录、签收日期）', required: true }),
  reasons_requested: () =>
    html`${textarea({ name: 'items', label: '需要申请人说明的事项（条例第三十五条）', required: true, rows: 2 })}${field({ name: 'replyBy', label: '说明理由的期限（最后一日）', type: 'date', required: true })}`,
  reasons_answered: () =>
    textarea({
      name: 'reason',
      label: '申请人说明的理由（或：期限届满未说明）',
      required: true,
      rows: 2,
      hint: '理由不合理的，在“答复”中选择“不予处理：无正当理由大量反复申请”；理由合理但无法按期答复的，确定延迟答复期限',
    }),
  reply_delayed: () =>
    html`${field({ name: 'until', label: '延迟答复的日期（应晚于法定答复期限）', type: 'date', required: true })}${textarea({ name: 'reason', label: '无法在法定期限内答复的原因', required: true, rows: 2 })}`,
  transferred: (c) =>
    select({
      name: 'toAgency',
      label: '转送至机关（保留原收到申请之日）',
      empty: '请选择',
      required: true,
      options: Object.fromEntries(c.agencies.filter((a) => a.id !== c.ownAgencyId).map((a) => [a.code, a.name])),
    }),
};

export function stepForm(event: RequestEventType, c: Ctx): Html {
  return html`<form method="post" action="/admin/requests/${c.id}/steps">
${csrfInput(c.csrf)}
<input type="hidden" name="event" value="${event}"><input type="hidden" name="version" value="${c.version}">
<h3>${EVENT_LABELS[event]}</h3>
${FIELDS[event]?.(c) ?? null}
${dateField(c, DATE_LABELS[event])}
${field({ name: 'note', label: '说明（可不填）' })}
${STEP_LETTERS[event] ? html`<div class="choice"><input type="checkbox" id="f-withLetter" name="withLetter" value="yes" checked> <label for="f-withLetter">同时出具${event === 'replied' ? '答复告知书（不予处理的为不予处理告知书）' : LETTER_TITLES[STEP_LETTERS[event]!()]}</label></div>` : null}
<p><button type="submit">${EVENT_LABELS[event]}</button></p>
</form>`;
}
