// Inputs for supervision records, with Chinese messages.
import { z } from 'zod';
import { parseDate } from '../calendar/dates.ts';

const day = z
  .string({ error: '请填写日期' })
  .trim()
  .refine((s) => parseDate(s) !== undefined, { error: '请填写真实日期，格式 YYYY-MM-DD' });
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不超过 ${max} 个字` });

export const TrainingForm = z.object({
  heldOn: day,
  topic: text('培训主题', 200),
  organiser: text('组织单位', 100),
  attendees: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((n) => n === null || (Number.isInteger(n) && n >= 1 && n <= 100000), {
      error: '参训人数应为 1 以上的整数；不清楚可不填',
    }),
  attendeeUnits: text('参训单位', 500),
});

export const AccountabilityForm = z.object({
  decidedOn: day,
  person: text('被追责人员或单位', 100),
  matter: text('问题', 1000),
  outcome: text('处理结果', 500),
});

const yesNo = z
  .literal('yes')
  .optional()
  .transform((v) => v === 'yes');
const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不超过 ${max} 个字` })
    .optional()
    .transform((v) => (v ? v : null));

export const ResponsibilityForm = z.object({
  duty: z.enum(['principal', 'in_charge', 'office', 'contact'], { error: '请选择职责' }),
  person: text('姓名', 50),
  post: text('职务', 100),
  since: day,
});

export const RuleForm = z.object({
  series: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  title: text('制度名称', 200),
  docNumber: optional('文号', 100),
  adoptedOn: day,
  summary: text('主要内容', 2000),
});

export const RoundForm = z.object({
  year: z.coerce
    .number({ error: '请填写年度' })
    .int({ error: '请填写四位年度' })
    .min(2000, { error: '请填写四位年度' })
    .max(2100, { error: '请填写四位年度' }),
  title: text('考核名称', 200),
  items: z.string({ error: '请填写考核项目' }).max(5000, { error: '考核项目过长' }),
  useAnnual: yesNo,
  useAwards: yesNo,
});

export const ResultForm = z.object({
  unit: text('被考核单位', 100),
  scores: z
    .union([z.string(), z.array(z.string())], { error: '请逐项打分' })
    .transform((v) => (Array.isArray(v) ? v : [v]).map((x) => (x.trim() === '' ? NaN : Number(x)))),
  note: optional('备注', 500),
});

export const KeyTaskForm = z.object({
  year: z.coerce
    .number({ error: '请填写年度' })
    .int({ error: '请填写四位年度' })
    .min(2000, { error: '请填写四位年度' })
    .max(2100, { error: '请填写四位年度' }),
  source: text('任务来源', 200),
  task: text('任务内容', 1000),
  owner: text('责任人或责任单位', 100),
  dueOn: day,
});

export const CompleteTaskForm = z.object({ doneOn: day, note: optional('完成情况', 1000) });
