// Mail at every step: an applicant who gave an e-mail address is written to when the case reaches a step that tells
// them something — 补正 (第三十条), extension (第三十三条第二款), consultation (第三十二条、第三十四条, the time not
// counted), the fee notice, 第三十五条's two notices, and the reply (第三十六条). The step's letter is issued in the
// step's own transaction and the mail queued there too (outbox row); the letter leaves attached as PDF, rendered from
// its snapshot when the outbox sends it. An applicant without an address gets no mail: the letters stay on the case.
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { DomainError } from '../errors.ts';
import { enqueue } from '../outbox/store.ts';
import { maskText } from '../privacy/mask.ts';
import { sealer } from '../privacy/seal.ts';
import { issueLetterIn } from './issue-letter.ts';
import { LETTER_TITLES, type LetterKind } from './letter-kinds.ts';
import type { RequestEventType } from './lifecycle.ts';
import { OUTCOMES } from './outcomes.ts';
import type { EventRow, RequestRow } from './store.ts';
import { trackingLink } from './submit.ts';

type Tx = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

type StepMail = {
  /** The letter to the applicant this step produces. */
  letter: (c: RequestRow) => LetterKind;
  /** The subject's last words. */
  subject: string;
  /** What the agency did, after "…就您的政府信息公开申请（申请编号 X）". */
  says: string;
};

/** The steps the applicant is written to at, and what each mail says. */
export const STEP_MAIL = {
  correction_requested: {
    letter: () => 'correction',
    subject: '请补正申请内容',
    says: '作出补正告知，请按附件告知书所列事项和期限补正',
  },
  extension_approved: {
    letter: () => 'extension',
    subject: '答复期限已延长',
    says: '经政府信息公开工作机构负责人同意，延长了答复期限',
  },
  consultation_started: {
    letter: () => 'consultation_notice',
    subject: '正在征求意见',
    says: '依法书面征求意见，征求意见所需时间不计算在答复期限内',
  },
  fee_notice_sent: {
    letter: () => 'fee',
    subject: '信息处理费收费通知',
    says: '发出信息处理费收费通知，请按附件通知的金额和期限缴纳',
  },
  reasons_requested: {
    letter: () => 'reasons_request',
    subject: '请说明申请理由',
    says: '依据条例第三十五条要求您说明申请理由，请按附件通知书所列期限书面说明',
  },
  reply_delayed: {
    letter: () => 'delayed_reply',
    subject: '延迟答复告知',
    says: '依据条例第三十五条确定了延迟答复的期限',
  },
  replied: {
    letter: (c) => (c.outcome && OUTCOMES[c.outcome].family === 'notProcessed' ? 'not_processed' : 'reply'),
    subject: '已作出答复',
    says: '作出答复',
  },
} as const satisfies Partial<Record<RequestEventType, StepMail>>;

/**
 * After the step's change and history row, inside its transaction: issues the step's letter and queues the mail when
 * the applicant gave an address. `c` and `history` are the case after the step. Returns the letter issued, if any.
 */
export async function mailStep(
  tx: Tx,
  ctx: Ctx,
  c: RequestRow,
  history: EventRow[],
  event: RequestEventType,
  agencyName: string,
  agencyCode: string,
): Promise<LetterKind | undefined> {
  const step: StepMail | undefined = (STEP_MAIL as Partial<Record<RequestEventType, StepMail>>)[event];
  if (!step || c.email_sealed === null) return undefined;
  const kind = step.letter(c);
  // A letter that cannot be made yet (the agency not yet placed under its 复议机关, say) never holds up the step: the
  // applicant is still told and that the letter will follow; the case lists no such letter until staff issue it.
  const letterId = await issueLetterIn(tx, ctx, c, history, kind).catch((err: unknown) => {
    if (!(err instanceof DomainError)) throw err;
    ctx.log.warn({ number: c.number, kind, reason: err.message }, '告知书未能随邮件出具');
    return undefined;
  });
  const address = sealer(ctx.config).open(c.email_sealed);
  await enqueue(tx, {
    agencyId: c.agency_id,
    dedupeKey: letterId === undefined ? `step:${c.number}:${history.at(-1)?.id ?? 0}` : `letter:${letterId}`,
    recipient: maskText(address),
    recipientSealed: c.email_sealed,
    now: ctx.now.toISOString(),
    subject: `【${agencyName}】您的政府信息公开申请 ${c.number}：${step.subject}`,
    body: `您好：\n\n${agencyName}就您的政府信息公开申请（申请编号 ${c.number}）${step.says}。${letterId === undefined ? `《${LETTER_TITLES[kind]}》将另行送达。` : `详见附件《${LETTER_TITLES[kind]}》（PDF）。`}\n\n请打开以下链接，凭申请编号和查询码查询办理进度：\n${trackingLink(ctx.config.baseUrl, agencyCode, c.number)}\n\n此邮件由系统发送，请勿回复。`,
    attachment: letterId === undefined ? undefined : { kind: 'letter', id: letterId },
  });
  return letterId === undefined ? undefined : kind;
}
