// Inputs for supervision records, with Chinese messages.
import { z } from 'zod';
import { parseDate } from '../calendar/dates.ts';

const day = z.string({ error: '请填写日期' }).trim().refine((s) => parseDate(s) !== undefined, { error: '请填写真实日期，格式 YYYY-MM-DD' });
const text = (label: string, max: number) => z.string({ error: `请填写${label}` }).trim().min(1, { error: `请填写${label}` }).max(max, { error: `${label}不超过 ${max} 个字` });

export const TrainingForm = z.object({
  heldOn: day,
  topic: text('培训主题', 200),
  organiser: text('组织单位', 100),
  attendees: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((n) => n === null || (Number.isInteger(n) && n >= 1 && n <= 100000), { error: '参训人数应为 1 以上的整数；不清楚可不填' }),
  attendeeUnits: text('参训单位', 500),
});

export const AccountabilityForm = z.object({
  decidedOn: day,
  person: text('被追责人员或单位', 100),
  matter: text('问题', 1000),
  outcome: text('处理结果', 500),
});
