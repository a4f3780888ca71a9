// The guards of the 依申请公开 workflow as data: per event, the rules a step must satisfy, each beside the article it
// enforces. lifecycle.ts checks who may cause an event and whether the state allows it; these rules then look at the
// case's history, the day of the step and its clock (the due date and the periods the law gives the applicant).
// Dates are 'YYYY-MM-DD' text, so comparing them as strings compares the days.
import type { CaseFacts, Payload, RequestEventType } from './lifecycle.ts';
import { OUTCOMES } from './outcomes.ts';

export type Guard = {
  /** The article the rule enforces. */
  readonly basis: string;
  /** True when the step must be refused. */
  readonly refuses: (c: CaseFacts, p: Payload) => boolean;
  /** Why, in Chinese, saying what to do. */
  readonly message: string | ((c: CaseFacts, p: Payload) => string);
};

const has = (c: CaseFacts, e: RequestEventType) => c.history.includes(e);
/** Events since the last `start` (the current consultation, say). */
const since = (c: CaseFacts, start: RequestEventType) => c.history.slice(c.history.lastIndexOf(start) + 1);
/** The step's day is after `last` (and both are known). Without a clock the date rules fail closed. */
const after = (c: CaseFacts, last: string | null | undefined) => !!c.on && !!last && c.on > last;
const family = (p: Payload) => (p.outcome ? OUTCOMES[p.outcome].family : undefined);

// 第三十三条第二款: a period is extended while it runs; once the due date has passed there is nothing to extend.
const withinPeriod = (what: string): Guard => ({
  basis: '条例第三十三条第二款',
  refuses: (c) => !c.clock?.due || !c.on || c.on > c.clock.due,
  message: (c) =>
    `答复期限${c.clock?.due ? `已于 ${c.clock.due} 届满` : '尚未起算或无法确定'}，不能再${what}：延长只能在答复期限内决定（条例第三十三条第二款）。本案按逾期处理，请尽快答复。`,
});

export const GUARDS: { readonly [E in RequestEventType]?: readonly Guard[] } = {
  correction_requested: [
    // "一次性告知申请人作出补正"
    {
      basis: '条例第三十条',
      refuses: (c) => has(c, 'correction_requested'),
      message: '补正只能一次性告知（条例第三十条），本案已告知过补正。',
    },
  ],
  correction_lapsed: [
    // "申请人无正当理由逾期不补正的，视为放弃申请": only once the period the notice gave has passed.
    {
      basis: '条例第三十条',
      refuses: (c) => !after(c, c.clock?.correctionLapsesAfter),
      message: (c) =>
        c.clock?.correctionLapsesAfter
          ? `补正告知给申请人的期限到 ${c.clock.correctionLapsesAfter} 为止，期限届满前不能视为放弃申请（条例第三十条）。`
          : '补正告知没有记录补正期限，无法认定申请人逾期不补正（条例第三十条）。',
    },
  ],
  fee_notice_sent: [
    {
      basis: '政府信息公开信息处理费管理办法',
      refuses: (c) => has(c, 'fee_notice_sent'),
      message: '收费通知只能发出一次。',
    },
    // The notice goes out "在政府信息公开申请处理期限内" (domain.md §4): not after the due date.
    {
      basis: '政府信息公开信息处理费管理办法',
      refuses: (c) => !c.clock?.due || !c.on || c.on > c.clock.due,
      message: (c) =>
        `收费通知应当在答复期限内发出${c.clock?.due ? `，本案答复期限 ${c.clock.due} 已过` : ''}；不能再收费，请依法答复。`,
    },
  ],
  fee_notice_received: [
    {
      basis: '政府信息公开信息处理费管理办法',
      refuses: (c) => has(c, 'fee_notice_received'),
      message: '已记录过申请人收到收费通知的日期。',
    },
  ],
  fee_lapsed: [
    // "申请人应当在收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的视为放弃申请": counted from the receipt.
    {
      basis: '政府信息公开信息处理费管理办法',
      refuses: (c) => !has(c, 'fee_notice_received'),
      message: '请先记录申请人收到收费通知的日期：缴费期限自收到通知次日起算20个工作日，未送达不能视为放弃申请。',
    },
    {
      basis: '政府信息公开信息处理费管理办法',
      refuses: (c) => !after(c, c.clock?.feeLapsesAfter),
      message: (c) =>
        `缴费期限到 ${c.clock?.feeLapsesAfter ?? '（无法确定）'} 为止（自申请人收到收费通知次日起20个工作日），期限届满前不能视为放弃申请。`,
    },
  ],
  consultation_received: [
    {
      basis: '条例第三十二条、第三十四条',
      refuses: (c) => since(c, 'consultation_started').includes('consultation_received'),
      message: '本次征求意见已记录过对方收到征求意见书的日期。',
    },
  ],
  extension_requested: [
    // "延长的期限最长不得超过20个工作日"
    {
      basis: '条例第三十三条第二款',
      refuses: (c) => has(c, 'extension_approved'),
      message: '本案已延长过答复期限，延长的期限最长不得超过20个工作日（条例第三十三条第二款）。',
    },
    {
      basis: '条例第三十三条第二款',
      refuses: (_c, p) => !(Number.isInteger(p.workingDays) && p.workingDays! >= 1 && p.workingDays! <= 20),
      message: '延长的工作日数应为 1 至 20 的整数（条例第三十三条第二款）。',
    },
    withinPeriod('申请延长'),
  ],
  extension_approved: [withinPeriod('批准延长')],
  replied: [
    // 第三十六条 / 第三十七条: every reply records exactly one outcome of 表三, with its legal basis.
    {
      basis: '条例第三十六条',
      refuses: (_c, p) => !p.outcome,
      message: '答复必须选择一种处理结果（对应年度报告表三的一行）。',
    },
    {
      basis: '条例第三十六条',
      refuses: (_c, p) => !!p.outcome && !OUTCOMES[p.outcome].reply,
      message: '该结果由流程自动记录（逾期未补正、逾期未缴费、撤回），不能在答复时选择。',
    },
    { basis: '条例第三十六条', refuses: (_c, p) => !p.basis?.trim(), message: '请写明答复所依据的条款。' },
    // 第三十五条 "行政机关认为申请理由不合理的，告知申请人不予处理": only after the applicant was asked for reasons.
    {
      basis: '条例第三十五条',
      refuses: (c, p) => p.outcome === 'excessive' && !has(c, 'reasons_answered'),
      message:
        '以“无正当理由大量反复申请”不予处理前，应先要求申请人说明理由并记录其说明或说明期限届满（条例第三十五条）。',
    },
    // 第三十六条第（三）项 "告知申请人不予公开并说明理由"; 第三十七条 "对不予公开的内容说明理由"; 不予处理 likewise.
    {
      basis: '条例第三十六条第（三）项、第三十七条',
      refuses: (_c, p) => ['withheld', 'partial', 'notProcessed'].includes(family(p) ?? '') && !p.reason?.trim(),
      message:
        '不予公开、部分公开（区分处理）和不予处理的答复必须说明理由（条例第三十六条第（三）项、第三十七条），请填写理由。',
    },
    // 第三十六条第（五）项 "能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式".
    {
      basis: '条例第三十六条第（五）项',
      refuses: (_c, p) => p.outcome === 'not_this_agency' && !p.holder?.trim(),
      message:
        '以“不属于本机关负责公开”答复时，请写明负责公开该信息的机关名称（知道联系方式的一并写明，条例第三十六条第（五）项）。',
    },
  ],
  reasons_requested: [
    {
      basis: '条例第三十五条',
      refuses: (c) => has(c, 'reasons_requested'),
      message: '本案已要求申请人说明过理由（条例第三十五条）。',
    },
  ],
  // "认为申请理由合理，但是无法在本条例第三十三条规定的期限内答复申请人的，可以确定延迟答复的合理期限并告知申请人"
  reply_delayed: [
    {
      basis: '条例第三十五条',
      refuses: (c) => !has(c, 'reasons_answered'),
      message: '确定延迟答复期限前，应先要求申请人说明理由并认为理由合理（条例第三十五条）。',
    },
    { basis: '条例第三十五条', refuses: (c) => has(c, 'reply_delayed'), message: '延迟答复的期限只能确定一次。' },
    {
      basis: '条例第三十五条',
      refuses: (_c, p) => !(p.until && p.reason?.trim()),
      message: '请填写延迟答复的日期和理由（条例第三十五条）。',
    },
  ],
  delivered: [
    {
      basis: '条例第四十五条',
      refuses: (_c, p) => !p.evidence?.trim(),
      message: '请记录送达凭证（如 EMS 单号、电子邮件发送记录、签收日期）。',
    },
  ],
  archived: [{ basis: '条例第四十五条', refuses: (c) => !c.outcome, message: '案件没有处理结果，不能归档。' }],
  transferred: [
    {
      basis: '条例第三十六条第（五）项',
      refuses: (_c, p) => !(p.toAgencyId && p.toAgencyId !== p.fromAgencyId),
      message: '请选择另一个机关。',
    },
  ],
  // Only a recorded 复议/诉讼 decision that corrects the reply reopens a case (src/appeals/reopen-request.ts).
  reopened: [
    {
      basis: '行政复议法第六十四条',
      refuses: (_c, p) => !p.appealId,
      message: '只有复议或诉讼结果纠正时才能重新办理：请在“复议与诉讼”中登记该决定。',
    },
  ],
};

/** The first rule the step breaks, as its message; undefined when it passes them all. */
export function guardProblem(event: RequestEventType, c: CaseFacts, p: Payload): string | undefined {
  const broken = GUARDS[event]?.find((g) => g.refuses(c, p));
  if (!broken) return undefined;
  return typeof broken.message === 'string' ? broken.message : broken.message(c, p);
}
