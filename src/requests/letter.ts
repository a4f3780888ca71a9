// The content of a letter to the applicant (告知书), built from the case and its history: which letters a case can
// produce now, what each must contain, and the 救济途径 with the dates computed for that letter. Pure: the calendar
// comes in as data. A letter with a required part missing is refused, naming the part.
import type { Calendar } from '../calendar/working-days.ts';
import { addWorkingDays } from '../calendar/working-days.ts';
import { BASIS, PERIODS } from '../clock/rules.ts';
import { litigationDirectWindow, reconsiderationWindow } from '../clock/windows.ts';
import { DomainError } from '../errors.ts';
import { DELIVERY_LABELS, FORM_LABELS } from './form.ts';
import { LETTER_TITLES, type LetterKind } from './letter-kinds.ts';
import type { RequestEventType } from './lifecycle.ts';
import { OUTCOMES, isRefusal } from './outcomes.ts';
import type { EventRow, RequestRow } from './store.ts';

export type LetterContent = {
  kind: LetterKind;
  title: string;
  agencyName: string;
  number: string;
  applicant: string;
  issuedOn: string;
  /** The paragraphs of the letter body. */
  body: string[];
  /** 法律依据: the article relied on. */
  basis: string;
  /** 救济途径, with the last days computed by the clock; null for letters that decide nothing (补正, 征求意见函). */
  remedies: string | null;
};

// Which history event each letter is written from.
const SOURCE = {
  correction: 'correction_requested', extension: 'extension_approved', consultation: 'consultation_started', fee: 'fee_notice_sent',
  reply: 'replied', not_processed: 'replied', reasons_request: 'reasons_requested', delayed_reply: 'reply_delayed',
} as const satisfies Record<LetterKind, RequestEventType>;

/** The letters the case can produce now: each needs its source step in the history. */
export function availableLetters(c: RequestRow, history: readonly EventRow[]): LetterKind[] {
  const has = (t: RequestEventType) => history.some((e) => e.type === t);
  const family = c.outcome ? OUTCOMES[c.outcome].family : undefined;
  return (Object.keys(SOURCE) as LetterKind[]).filter((k) => has(SOURCE[k]) && (SOURCE[k] !== 'replied' || (k === 'not_processed') === (family === 'notProcessed')));
}

export function buildLetter(cal: Calendar, kind: LetterKind, c: RequestRow, agencyName: string, history: readonly EventRow[], issuedOn: string): LetterContent {
  const source = [...history].reverse().find((e) => e.type === SOURCE[kind]);
  if (!source) throw new DomainError('illegal_transition', `本案尚未“${SOURCE[kind]}”，不能出具${LETTER_TITLES[kind]}。`);
  const d = source.data;
  const str = (k: string) => (typeof d[k] === 'string' && (d[k] as string).trim() ? (d[k] as string) : undefined);
  const head = `${c.applicant_name}：\n本机关于 ${c.received_on} 收到您（申请编号 ${c.number}）申请公开“${c.info_title}”的政府信息公开申请。`;
  const base = { kind, title: LETTER_TITLES[kind], agencyName, number: c.number, applicant: c.applicant_name, issuedOn };
  const parts: Record<LetterKind, () => { body: (string | undefined)[]; basis: string | undefined; remedies: string | null | undefined }> = {
    correction: () => ({
      body: [head, str('items') && `经审查，申请内容不明确，请您补正以下事项：${str('items')}`, str('replyBy') && `请于 ${str('replyBy')} 前提交补正。答复期限自本机关收到补正申请之日起计算；无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请。`],
      basis: PERIODS.correctionNotice.basis, remedies: null,
    }),
    extension: () => ({
      body: [head, typeof d.workingDays === 'number' || typeof d.workingDays === 'string' ? `因需要延长答复期限，经政府信息公开工作机构负责人同意，答复期限延长 ${String(d.workingDays)} 个工作日。` : undefined],
      basis: PERIODS.extension.basis, remedies: remediesText(cal, issuedOn, false),
    }),
    consultation: () => ({
      body: [str('partyName') && `${str('partyName')}：`, `本机关收到申请公开“${c.info_title}”的政府信息公开申请，该信息的公开可能损害您的合法权益。`,
        `请自收到本函之日起15个工作日内（即 ${addWorkingDays(cal, issuedOn, d.party === 'agency' ? PERIODS.agencyAnswer.length : PERIODS.thirdPartyAnswer.length)} 前）提出书面意见；逾期未提出意见的，由本机关依照条例规定决定是否公开。`],
      basis: d.party === 'agency' ? PERIODS.agencyAnswer.basis : PERIODS.thirdPartyAnswer.basis, remedies: null,
    }),
    fee: () => ({
      body: [head, typeof d.amount === 'number' ? `因您申请公开政府信息的数量、频次明显超过合理范围，依法收取信息处理费 ${d.amount} 元（${d.method === 'pages' ? `按量计收，${String(d.pages)} 页` : `按件计收，本月累计第 ${Number(d.earlierThisMonth ?? 0) + 1} 件起`}）。` : undefined,
        `请自收到本通知次日起20个工作日内缴纳；逾期未缴纳的，视为放弃申请，本机关不再处理该申请。`],
      basis: str('basis') ? `条例第四十二条、${str('basis')}` : undefined, remedies: remediesText(cal, issuedOn, false),
    }),
    // 第三十五条: "可以要求申请人说明理由" — the notice says what to explain, by when, and what follows.
    reasons_request: () => ({
      body: [head, `经审查，您申请公开政府信息的数量、频次明显超过合理范围。依据《中华人民共和国政府信息公开条例》第三十五条，请您说明申请理由${str('items') ? `：${str('items')}` : '。'}`,
        str('replyBy') && `请于 ${str('replyBy')} 前向本机关书面说明。本机关认为申请理由不合理的，将告知您不予处理；认为理由合理但无法在法定期限内答复的，将确定延迟答复的合理期限并告知您。`],
      basis: BASIS.delayedReply, remedies: null,
    }),
    delayed_reply: () => ({
      body: [head, `您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由，经审查认为理由合理。`,
        str('until') && str('reason') && `因${str('reason')}，无法在条例第三十三条规定的期限内答复。依据条例第三十五条，本机关确定延迟答复的期限为：${str('until')} 前答复。`],
      basis: BASIS.delayedReply, remedies: remediesText(cal, issuedOn, false),
    }),
    reply: () => replyParts(cal, c, head, d, issuedOn),
    not_processed: () => replyParts(cal, c, head, d, issuedOn),
  };
  const p = parts[kind]();
  const missing = [...p.body.map((b, i) => (b === undefined ? `正文第 ${i + 1} 段` : undefined)), p.basis === undefined ? '法律依据' : undefined, p.remedies === undefined ? '救济途径' : undefined].filter(Boolean);
  if (missing.length) throw new DomainError('illegal_transition', `${LETTER_TITLES[kind]}缺少必需内容：${missing.join('、')}。请先在办理步骤中补全后再出具。`);
  return { ...base, body: p.body as string[], basis: p.basis!, remedies: p.remedies! };
}

function replyParts(cal: Calendar, c: RequestRow, head: string, d: Record<string, unknown>, issuedOn: string) {
  const outcome = c.outcome ? OUTCOMES[c.outcome] : undefined;
  const how = `您要求以${FORM_LABELS[c.form_wanted as keyof typeof FORM_LABELS] ?? c.form_wanted}形式、通过${DELIVERY_LABELS[c.delivery as keyof typeof DELIVERY_LABELS] ?? c.delivery}方式获取信息。`;
  return {
    body: [head, how, outcome && `经审查，答复如下：${outcome.label}。`, typeof d.note === 'string' && d.note ? d.note : '特此告知。'],
    basis: typeof d.basis === 'string' && d.basis ? d.basis : outcome?.basis,
    remedies: outcome ? remediesText(cal, issuedOn, c.outcome !== null && isRefusal(c.outcome)) : undefined,
  };
}

/**
 * 救济途径 with the last days counted from the letter's date (the applicant may know later; the clock's windows
 * roll a last day that is a day off to the next working day). 行政复议法第二十三条第一款第（四）项: against 不予公开,
 * 行政复议 comes first, before any lawsuit.
 */
export function remediesText(cal: Calendar, knownOn: string, refusal: boolean): string {
  const r = reconsiderationWindow(cal, knownOn);
  if (refusal) {
    return `如对本答复不服，应当先依法申请行政复议（行政复议法第二十三条：对行政机关不予公开政府信息不服的，应当先申请行政复议），可以自知道该行政行为之日起60日内（即 ${r.lastDay} 前，${r.basis}）向本机关的上一级行政机关或者本级人民政府申请行政复议；对复议决定不服的，可以自收到复议决定书之日起15日内依法提起行政诉讼（${PERIODS.litigationAfterReconsideration.basis}）。`;
  }
  const l = litigationDirectWindow(cal, knownOn);
  return `如对本答复不服，可以自知道该行政行为之日起60日内（即 ${r.lastDay} 前，${r.basis}）依法申请行政复议，或者自知道该行政行为之日起6个月内（即 ${l.lastDay} 前，${l.basis}）依法向人民法院提起行政诉讼。`;
}
