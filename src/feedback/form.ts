// The feedback form, with Chinese messages that say what to do.
import { z } from 'zod';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不超过 ${max} 个字` })
    .optional()
    .transform((v) => (v ? v : null));

export const FeedbackForm = z.object({
  key: z
    .string({ error: '表单已过期，请刷新页面后重新填写。' })
    .regex(/^[\w-]{16,64}$/, { error: '表单已过期，请刷新页面后重新填写。' }),
  name: optionalText(50, '姓名'),
  contact: optionalText(100, '联系方式'),
  subject: z
    .string({ error: '请填写标题' })
    .trim()
    .min(2, { error: '请用一句话概括您的意见（至少 2 个字）' })
    .max(100, { error: '标题不超过 100 个字' }),
  body: z
    .string({ error: '请填写意见内容' })
    .trim()
    .min(5, { error: '请写明您的意见或建议（至少 5 个字）' })
    .max(5000, { error: '内容不超过 5000 字，可分几次提交' }),
  wantsPublic: z
    .literal('yes')
    .optional()
    .transform((v) => v === 'yes'),
});
export type FeedbackInput = z.infer<typeof FeedbackForm>;

export const ReplyForm = z.object({
  reply: z
    .string({ error: '请填写答复内容' })
    .trim()
    .min(2, { error: '请填写答复内容' })
    .max(5000, { error: '答复不超过 5000 字' }),
  version: z.coerce.number({ error: '表单已过期，请刷新后重试' }).int().positive(),
});

export const TrackForm = z.object({
  code: z
    .string({ error: '请填写查询码' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z2-9]{12}$/, { error: '查询码为 12 位字母和数字，请核对' }),
});
