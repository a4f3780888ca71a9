// The deadline engine's input, as `gongkai deadline` and the API receive it: a zod schema with Chinese messages, then
// the order rules of a case's events. Throws DomainError 'invalid_input' whose `fields` name each problem.
import { z } from 'zod';
import { parseDate } from '../calendar/dates.ts';
import { invalidInput } from '../errors.ts';
import { CHANNELS, PERIODS } from './rules.ts';

// The engine's dates stay inside the calendar index (1990–2199) even after a year of extensions and pauses.
const FIRST = '2000-01-01';
const LAST = '2150-12-31';

const date = z
  .string({ error: '请填写日期，格式 YYYY-MM-DD，例如 2025-09-28' })
  .refine((s) => parseDate(s) !== undefined, '不是真实存在的日期，请按 YYYY-MM-DD 填写，例如 2025-09-28')
  .refine((s) => s >= FIRST && s <= LAST, `日期应在 ${FIRST} 至 ${LAST} 之间`);

const party = z.enum(['third_party', 'agency'], {
  error: 'party 应为 third_party（第三方，第三十二条）或 agency（其他机关，第三十四条）',
});
const extra = {
  error: (i: { code: string; keys?: string[] }) =>
    i.code === 'unrecognized_keys' ? `不认识的字段：${i.keys?.join('、')}，请检查拼写` : undefined,
};

export const EVENT_TYPES = [
  'correctionRequested',
  'correctionReceived',
  'consultationStarted',
  'consultationEnded',
  'feeNoticeSent',
  'feePaid',
  'extended',
  'delayedReply',
] as const;

const Event = z.discriminatedUnion(
  'type',
  [
    // 第三十条: 补正 notice; `replyBy` = the reasonable period given to the applicant (its last day).
    z.strictObject({ type: z.literal('correctionRequested'), date, replyBy: date.optional() }, extra),
    z.strictObject({ type: z.literal('correctionReceived'), date }, extra),
    // 第三十二条 / 第三十四条: `receivedOn` = the day the third party or agency received the request for its opinion,
    // when known; the 15 working days run from it (else from `date`, the sending).
    z.strictObject(
      {
        type: z.literal('consultationStarted'),
        date,
        party: party.default('third_party'),
        receivedOn: date.optional(),
      },
      extra,
    ),
    z.strictObject({ type: z.literal('consultationEnded'), date, party: party.default('third_party') }, extra),
    // 信息处理费: `receivedOn` = the day the applicant received the notice; payment is due within 20 working days of it.
    z.strictObject({ type: z.literal('feeNoticeSent'), date, receivedOn: date.optional() }, extra),
    z.strictObject({ type: z.literal('feePaid'), date }, extra),
    z.strictObject(
      {
        type: z.literal('extended'),
        date,
        workingDays: z
          .number({ error: '请填写延长的工作日数（1–20）' })
          .int('延长的工作日数应为整数')
          .min(1, '延长的工作日数至少为 1')
          .max(PERIODS.extension.length, '延长的期限最长不得超过20个工作日（条例第三十三条第二款）'),
        approvedBy: z.string().optional(),
      },
      extra,
    ),
    // 第三十五条: the agency sets a reasonable later date and records why.
    z.strictObject(
      {
        type: z.literal('delayedReply'),
        date,
        until: date,
        reason: z.string().trim().min(1, '请写明延迟答复的理由（条例第三十五条）'),
      },
      extra,
    ),
  ],
  { error: `未知的事件类型，应为以下之一：${EVENT_TYPES.join('、')}` },
);

export const DeadlineInputSchema = z.strictObject(
  {
    received: date,
    channel: z.enum(CHANNELS, { error: `收件方式 channel 应为以下之一：${CHANNELS.join('、')}` }),
    events: z.array(Event, { error: 'events 应为事件数组' }).default([]),
  },
  extra,
);

export type DeadlineInput = z.infer<typeof DeadlineInputSchema>;
export type DeadlineEvent = DeadlineInput['events'][number];

export function parseDeadlineInput(json: unknown): DeadlineInput {
  const r = DeadlineInputSchema.safeParse(json);
  if (!r.success) {
    const fields = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.') || 'input', i.message]));
    throw invalidInput(firstProblem(fields), fields);
  }
  const fields = sequenceProblems(r.data);
  if (Object.keys(fields).length > 0) throw invalidInput(firstProblem(fields), fields);
  return r.data;
}

function firstProblem(fields: Record<string, string>): string {
  const [where, message] = Object.entries(fields)[0]!;
  return `输入有误（${where}）：${message}`;
}

/** The order a case's events must follow; each problem keyed by the event's path. */
export function sequenceProblems(input: DeadlineInput): Record<string, string> {
  const fields: Record<string, string> = {};
  let previous = input.received;
  let requested = 0,
    received = 0,
    feeSent = 0,
    feePaid = 0,
    extendedDays = 0,
    delayed = 0;
  const open = new Set<string>();
  for (const [i, e] of input.events.entries()) {
    const key = `events.${i}`;
    const problem = (message: string) => {
      fields[key] ??= message;
    };
    if (e.date < input.received) problem(`事件日期 ${e.date} 早于收到申请之日 ${input.received}`);
    else if (e.date < previous) problem(`事件应按日期先后排列：${e.date} 排在 ${previous} 之后`);
    if (e.date > previous) previous = e.date;
    switch (e.type) {
      case 'correctionRequested':
        // 第三十条: 一次性告知 — one 补正 notice only.
        if (requested++ > 0) problem('补正只能一次性告知（条例第三十条），不能第二次要求补正');
        if (e.replyBy !== undefined && e.replyBy < e.date) problem('补正期限 replyBy 不能早于告知补正之日');
        break;
      case 'correctionReceived':
        if (requested === 0) problem('收到补正之前应先有告知补正（correctionRequested）');
        else if (received++ > 0) problem('补正申请只能收到一次');
        break;
      case 'consultationStarted':
        if (open.has(e.party)) problem('上一次征求意见尚未结束，请先记录 consultationEnded');
        if (e.receivedOn !== undefined && e.receivedOn < e.date)
          problem('征求意见书的收到日期 receivedOn 不能早于发出之日');
        open.add(e.party);
        break;
      case 'consultationEnded':
        if (!open.delete(e.party)) problem('征求意见结束之前应先有开始（consultationStarted，party 相同）');
        break;
      case 'feeNoticeSent':
        if (feeSent++ > 0) problem('收费通知只能发出一次');
        if (e.receivedOn !== undefined && e.receivedOn < e.date)
          problem('收费通知的收到日期 receivedOn 不能早于发出之日');
        break;
      case 'feePaid':
        if (feeSent === 0) problem('缴费之前应先有收费通知（feeNoticeSent）');
        else if (feePaid++ > 0) problem('缴费只能记录一次');
        break;
      case 'extended':
        extendedDays += e.workingDays;
        if (extendedDays > PERIODS.extension.length)
          problem(`延长合计 ${extendedDays} 个工作日，超过最长20个工作日（条例第三十三条第二款）`);
        break;
      case 'delayedReply':
        if (delayed++ > 0) problem('延迟答复期限只能确定一次');
        if (e.until <= e.date) problem('延迟答复的日期 until 应晚于作出决定之日');
        break;
    }
  }
  return fields;
}
