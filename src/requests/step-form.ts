// The input of one workflow step, as staff forms and the staff API send it, and which fields each event needs.
import { z } from 'zod';
import { parseDate } from '../calendar/dates.ts';
import { FEE_METHODS } from './fees.ts';
import { EVENTS, type RequestEventType } from './lifecycle.ts';
import { OUTCOME_CODES } from './outcomes.ts';

const date = z
  .string()
  .trim()
  .refine((s) => parseDate(s) !== undefined, '请按 YYYY-MM-DD 填写真实存在的日期，例如 2026-03-02');
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const Shape = z.object({
  event: z.enum(EVENTS, { error: '未知的办理步骤' }),
  version: z.coerce.number({ error: '缺少版本号，请刷新页面后重试' }).int().min(1),
  onDate: date.optional(),
  note: z.string().trim().max(2000, '说明不超过 2000 字').optional(),
  items: z.string().trim().max(2000, '补正事项不超过 2000 字').optional(),
  replyBy: date.optional(),
  party: z.enum(['third_party', 'agency'], { error: '请选择征求意见的对象：第三方，或其他机关' }).optional(),
  partyName: z.string().trim().max(200).optional(),
  workingDays: z.coerce
    .number({ error: '请填写延长的工作日数（1–20）' })
    .int('延长的工作日数应为整数')
    .min(1, '延长的工作日数至少为 1')
    .max(20, '延长的期限最长不得超过20个工作日（条例第三十三条第二款）')
    .optional(),
  reason: z.string().trim().max(2000).optional(),
  method: z.enum(FEE_METHODS, { error: '请选择计费方式：按件或按量' }).optional(),
  pieces: z.coerce.number().int('件数应为整数').min(1, '件数至少为 1').max(10000).optional(),
  pages: z.coerce.number().int('页数应为整数').min(1, '页数至少为 1').max(1000000).optional(),
  outcome: z.enum(OUTCOME_CODES as [string, ...string[]], { error: '请选择处理结果' }).optional(),
  basis: z.string().trim().max(500).optional(),
  evidence: z.string().trim().max(500).optional(),
  toAgency: z.string().trim().max(64).optional(),
  until: date.optional(),
  // 第三十六条第（五）项: the body responsible for disclosing the information, and its contact where known.
  holder: z.string().trim().max(200, '机关名称不超过 200 字').optional(),
  holderContact: z.string().trim().max(200, '联系方式不超过 200 字').optional(),
});

/** The event alone, read first: permission and state are checked before the rest of the input (perform-step.ts). */
export const StepEvent = z.object({ event: z.enum(EVENTS, { error: '未知的办理步骤' }) });

// Fields each event cannot do without, with the message shown next to the field.
const REQUIRED: Partial<Record<RequestEventType, Array<[keyof z.infer<typeof Shape>, string]>>> = {
  correction_requested: [
    ['items', '请写明需要补正的事项（条例第三十条：一次性告知）'],
    ['replyBy', '请填写给申请人的合理补正期限（最后一日）'],
  ],
  consultation_started: [
    ['party', '请选择征求意见的对象'],
    ['partyName', '请填写被征求意见的第三方或机关名称'],
  ],
  extension_requested: [
    ['workingDays', '请填写延长的工作日数（1–20）'],
    ['reason', '请写明延期理由'],
  ],
  fee_notice_sent: [['method', '请选择计费方式：按件或按量']],
  replied: [
    ['outcome', '请选择处理结果'],
    ['basis', '请写明答复所依据的条款'],
  ],
  delivered: [['evidence', '请记录送达凭证（如 EMS 单号、电子邮件发送记录、签收日期）']],
  transferred: [['toAgency', '请选择转送的机关']],
  reasons_requested: [
    ['items', '请写明申请人需要说明的事项（如申请的数量、频次及其用途）'],
    ['replyBy', '请填写说明理由的合理期限（最后一日）'],
  ],
  reasons_answered: [['reason', '请记录申请人说明的理由，或写明期限届满未说明']],
  reply_delayed: [
    ['until', '请填写延迟答复的日期（条例第三十五条）'],
    ['reason', '请写明认为理由合理、但无法在法定期限内答复的原因'],
  ],
};

export const Step = z.preprocess(
  (v) => (v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blank(x)])) : v),
  Shape.superRefine((s, ctx) => {
    for (const [field, message] of REQUIRED[s.event] ?? [])
      if (s[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message });
    if (s.event === 'fee_notice_sent' && s.method === 'count' && s.pieces === undefined)
      ctx.addIssue({ code: 'custom', path: ['pieces'], message: '按件计收：请填写本申请拆分后的件数' });
    if (s.event === 'fee_notice_sent' && s.method === 'pages' && s.pages === undefined)
      ctx.addIssue({ code: 'custom', path: ['pages'], message: '按量计收：请填写页数' });
  }),
);
export type StepInput = z.output<typeof Shape>;
