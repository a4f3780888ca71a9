// The content of a letter (告知书, 征求意见函 …), built from the case and its history: which letters a case can produce
// now, what each must contain, and its 救济途径 naming the 复议机关 (remedies.ts). Pure. A letter with a required part
// missing is refused, naming the part: a reply is a legal act, and one without its reasons or its remedies is
// what an applicant wins in court.
import type { ReviewBody } from '../appeals/jurisdiction.ts';
import { chineseDate } from '../calendar/dates.ts';
import { BASIS, PERIODS } from '../clock/rules.ts';
import { DomainError } from '../errors.ts';
import { DELIVERY_LABELS, FORM_LABELS } from './form.ts';
import { LETTER_TITLES, type LetterKind } from './letter-kinds.ts';
import type { RequestEventType } from './lifecycle.ts';
import { OUTCOMES, isRefusal } from './outcomes.ts';
import { remediesText } from './remedies.ts';
import type { EventRow, RequestRow } from './store.ts';

export type LetterContent = {
  kind: LetterKind;
  title: string;
  agencyName: string;
  number: string;
  applicant: string;
  issuedOn: string;
  /** 发文字号 (GB/T 9704), e.g. 东和乡依申公开〔2026〕3号; absent on letters issued before it was given. */
  docNumber?: string;
  /** 主送: the applicant, or the third party or agency asked for its opinion; absent on older letters. */
  addressee?: string;
  /** The paragraphs of the letter body. */
  body: string[];
  /** 法律依据: the article relied on. */
  basis: string;
  /** 救济途径 naming the 复议机关; null for letters that decide nothing (补正, 征求意见函, 延期告知). */
  remedies: string | null;
};

/**
 * The issuing agency as the letter needs it: its name, the letter's 发文字号 and its 复议机关 — asked for only by the
 * letters that carry remedies, so a 补正告知书 never waits on the agency tree.
 */
export type Issuer = { name: string; reviewBody: () => ReviewBody; docNumber: string };

// Which history event each letter is written from.
const SOURCE = {
  correction: 'correction_requested',
  extension: 'extension_approved',
  consultation: 'consultation_started',
  consultation_notice: 'consultation_started',
  fee: 'fee_notice_sent',
  reply: 'replied',
  not_processed: 'replied',
  reasons_request: 'reasons_requested',
  delayed_reply: 'reply_delayed',
} as const satisfies Record<LetterKind, RequestEventType>;

/** The letters the case can produce now: each needs its source step in the history. */
export function availableLetters(c: RequestRow, history: readonly EventRow[]): LetterKind[] {
  const has = (t: RequestEventType) => history.some((e) => e.type === t);
  const family = c.outcome ? OUTCOMES[c.outcome].family : undefined;
  return (Object.keys(SOURCE) as LetterKind[]).filter(
    (k) => has(SOURCE[k]) && (SOURCE[k] !== 'replied' || (k === 'not_processed') === (family === 'notProcessed')),
  );
}

type Parts = {
  addressee?: string;
  body: (string | undefined)[];
  basis: string | undefined;
  remedies: string | null | undefined;
  /** Named parts the law requires that the history lacks. */
  lacks?: string[];
};

export function buildLetter(
  kind: LetterKind,
  c: RequestRow,
  issuer: Issuer,
  history: readonly EventRow[],
  issuedOn: string,
): LetterContent {
  const source = [...history].reverse().find((e) => e.type === SOURCE[kind]);
  if (!source)
    throw new DomainError('illegal_transition', `本案尚未“${SOURCE[kind]}”，不能出具${LETTER_TITLES[kind]}。`);
  const d = source.data;
  const str = (k: string) =>
    typeof d[k] === 'string' && (d[k] as string).trim() ? (d[k] as string).trim() : undefined;
  const head = `本机关于${chineseDate(c.received_on)}收到您（申请编号${c.number}）申请公开“${c.info_title}”的政府信息公开申请。`;
  const decision = (refusal: boolean) => remediesText(issuer.reviewBody(), refusal);
  const parts: Record<LetterKind, () => Parts> = {
    correction: () => ({
      body: [
        head,
        str('items') && `经审查，申请内容不明确，请您补正以下事项：${str('items')}`,
        str('replyBy') &&
          `请于${chineseDate(str('replyBy')!)}前提交补正。答复期限自本机关收到补正的申请之日起计算；无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请。`,
      ],
      basis: PERIODS.correctionNotice.basis,
      remedies: null,
    }),
    // 第三十三条第二款: a notice to the applicant that decides nothing of the application: no remedies.
    extension: () => ({
      body: [
        head,
        typeof d.workingDays === 'number' || typeof d.workingDays === 'string'
          ? `因需要延长答复期限，经政府信息公开工作机构负责人同意，答复期限延长${String(d.workingDays)}个工作日。`
          : undefined,
      ],
      basis: PERIODS.extension.basis,
      remedies: null,
    }),
    consultation: () => consultationParts(c, d.party === 'agency' ? 'agency' : 'third_party', str('partyName')),
    // 第三十三条第三款: the applicant is told the time of the consultation is not counted — without naming the party
    // consulted (a third party's identity is its own personal data).
    consultation_notice: () => ({
      body: [
        head,
        d.party === 'agency'
          ? '经审查，该政府信息由本机关与其他机关共同制作。依据《中华人民共和国政府信息公开条例》第三十四条，本机关已书面征求相关机关的意见。'
          : '经审查，该政府信息的公开可能损害第三方合法权益。依据《中华人民共和国政府信息公开条例》第三十二条，本机关已书面征求第三方的意见。',
        '依据条例第三十三条第三款，征求意见所需时间不计算在答复期限内。本机关将在收到意见或征求意见期限届满后依法作出答复。',
      ],
      basis: d.party === 'agency' ? PERIODS.agencyAnswer.basis : PERIODS.thirdPartyAnswer.basis,
      remedies: null,
    }),
    fee: () => ({
      body: [
        head,
        typeof d.amount === 'number'
          ? `因您申请公开政府信息的数量、频次明显超过合理范围，依法收取信息处理费${d.amount}元（${d.method === 'pages' ? `按量计收，${String(d.pages)}页` : `按件计收，本月累计第${Number(d.earlierThisMonth ?? 0) + 1}件起`}）。`
          : undefined,
        '请自收到本通知次日起20个工作日内缴纳；逾期未缴纳的，视为放弃申请，本机关不再处理该申请。',
      ],
      basis: str('basis') ? `条例第四十二条、${str('basis')}` : undefined,
      remedies: remediesText(issuer.reviewBody(), false, '本通知'),
    }),
    // 第三十五条: "可以要求申请人说明理由" — the notice says what to explain, by when, and what follows.
    reasons_request: () => ({
      body: [
        head,
        `经审查，您申请公开政府信息的数量、频次明显超过合理范围。依据《中华人民共和国政府信息公开条例》第三十五条，请您说明申请理由${str('items') ? `：${str('items')}` : '。'}`,
        str('replyBy') &&
          `请于${chineseDate(str('replyBy')!)}前向本机关书面说明。本机关认为申请理由不合理的，将告知您不予处理；认为理由合理但无法在法定期限内答复的，将确定延迟答复的合理期限并告知您。`,
      ],
      basis: BASIS.delayedReply,
      remedies: null,
    }),
    delayed_reply: () => ({
      body: [
        head,
        '您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由，经审查认为理由合理。',
        str('until') &&
          str('reason') &&
          `因${str('reason')}，无法在条例第三十三条规定的期限内答复。依据条例第三十五条，本机关确定延迟答复的期限为：${chineseDate(str('until')!)}前答复。`,
      ],
      basis: BASIS.delayedReply,
      remedies: decision(false),
    }),
    reply: () => replyParts(c, head, d, decision),
    not_processed: () => replyParts(c, head, d, decision),
  };
  const p = parts[kind]();
  const missing = [
    'addressee' in p && !p.addressee ? '主送（被征求意见的第三方或机关名称）' : undefined,
    ...(p.lacks ?? []),
    ...p.body.map((b, i) => (b === undefined ? `正文第 ${i + 1} 段` : undefined)),
    p.basis === undefined ? '法律依据' : undefined,
    p.remedies === undefined ? '救济途径' : undefined,
  ].filter(Boolean);
  if (missing.length)
    throw new DomainError(
      'illegal_transition',
      `${LETTER_TITLES[kind]}缺少必需内容：${missing.join('、')}。请先在办理步骤中补全后再出具。`,
    );
  return {
    kind,
    title: LETTER_TITLES[kind],
    agencyName: issuer.name,
    number: c.number,
    applicant: c.applicant_name,
    issuedOn,
    docNumber: issuer.docNumber,
    addressee: p.addressee ?? c.applicant_name,
    body: p.body as string[],
    basis: p.basis!,
    remedies: p.remedies!,
  };
}

// 第三十二条 (a third party whose rights the disclosure may harm) and 第三十四条 (another agency that made the
// information with us) ask different things and let silence mean different things: each letter says its own article.
function consultationParts(c: RequestRow, party: 'third_party' | 'agency', partyName: string | undefined): Parts {
  const asked = `本机关收到申请人申请公开“${c.info_title}”的政府信息公开申请（申请编号${c.number}）。`;
  if (party === 'agency') {
    return {
      addressee: partyName,
      body: [
        asked,
        '经审查，该政府信息由本机关与贵机关共同制作。依据《中华人民共和国政府信息公开条例》第三十四条，现征求贵机关对公开该政府信息的意见。',
        '请贵机关自收到本函之日起15个工作日内提出意见；逾期未提出意见的，视为同意公开。',
      ],
      basis: PERIODS.agencyAnswer.basis,
      remedies: null,
    };
  }
  return {
    addressee: partyName,
    body: [
      asked,
      '经审查，该政府信息的公开可能损害您的合法权益。依据《中华人民共和国政府信息公开条例》第三十二条，现书面征求您的意见。',
      '请您自收到本函之日起15个工作日内提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。',
    ],
    basis: PERIODS.thirdPartyAnswer.basis,
    remedies: null,
  };
}

// 第三十六条: the reply says what was decided; a refusal, a partial disclosure (第三十七条) or 不予处理 states its reasons
// (第三十六条第（三）项), and "不属于本机关负责公开" names the body that is, with its contact where known (第（五）项).
function replyParts(
  c: RequestRow,
  head: string,
  d: Record<string, unknown>,
  decision: (refusal: boolean) => string,
): Parts {
  const outcome = c.outcome ? OUTCOMES[c.outcome] : undefined;
  const text = (k: string) =>
    typeof d[k] === 'string' && (d[k] as string).trim() ? (d[k] as string).trim() : undefined;
  const how = `您要求以${FORM_LABELS[c.form_wanted as keyof typeof FORM_LABELS] ?? c.form_wanted}形式、通过${DELIVERY_LABELS[c.delivery as keyof typeof DELIVERY_LABELS] ?? c.delivery}方式获取信息。`;
  const needsReasons = outcome !== undefined && ['withheld', 'partial', 'notProcessed'].includes(outcome.family);
  const reasons = needsReasons && text('reason') ? `理由：${text('reason')}` : undefined;
  const holder =
    c.outcome === 'not_this_agency' && text('holder')
      ? `经查，您申请公开的信息不属于本机关负责公开。负责公开该信息的机关为${text('holder')}${text('holderContact') ? `（联系方式：${text('holderContact')}）` : ''}，请向该机关提出申请。`
      : undefined;
  const lacks = [
    needsReasons && !reasons ? '理由（条例第三十六条第（三）项、第三十七条）' : undefined,
    c.outcome === 'not_this_agency' && !holder ? '负责公开该信息的机关（条例第三十六条第（五）项）' : undefined,
  ].filter((x) => x !== undefined);
  return {
    lacks,
    body: [
      head,
      how,
      outcome && `经审查，答复如下：${outcome.label}。`,
      ...[reasons, holder].filter((x) => x !== undefined),
      text('note') ?? '特此告知。',
    ],
    basis: text('basis') ?? outcome?.basis,
    remedies: outcome ? decision(c.outcome !== null && isRefusal(c.outcome)) : undefined,
  };
}
