// The inputs of the catalogue use cases, with Chinese messages that say what to do.
import { z } from 'zod';
import { parseDate } from '../calendar/dates.ts';
import { DISCLOSURES, GENRES, isIndexNo, TOPICS, VALIDITIES } from './item.ts';

const day = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => parseDate(v) !== undefined, { error: `请填写${label}，格式为 2025-03-01` });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不超过 ${max} 个字` })
    .transform((v) => v || null)
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const EntryInput = z
  .object({
    columnId: z.coerce.number({ error: '请选择栏目' }).int().positive({ error: '请选择栏目' }),
    title: z.string().trim().min(2, { error: '请填写名称（只填主标题）' }).max(200, { error: '名称不超过 200 个字' }),
    summary: z.string().trim().min(1, { error: '请填写内容概述' }).max(300, { error: '内容概述不超过 300 个字' }),
    publisher: z.string().trim().min(2, { error: '请填写发布机构' }).max(100, { error: '发布机构不超过 100 个字' }),
    formedOn: day('成文日期'),
    docNo: optionalText(60),
    topic: z.enum(TOPICS, { error: '请从列表中选择主题分类' }),
    genre: z.enum(GENRES, { error: '请从列表中选择体裁' }),
    disclosure: z.enum(DISCLOSURES, { error: '请选择公开方式' }),
    withheldReason: optionalText(300),
    validity: z.enum(VALIDITIES, { error: '请选择有效性' }),
    repealedOn: z
      .string()
      .trim()
      .nullable()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || parseDate(v) !== undefined, { error: '废止日期格式为 2025-03-01' }),
    body: z.string().max(200_000, { error: '正文过长，请改为附件上传' }).default(''),
    legacyIndexNo: z
      .string()
      .trim()
      .nullable()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || isIndexNo(v), { error: '索引号只能含字母、数字和 / - . _，6 到 60 个字符' }),
  })
  .superRefine((v, c) => {
    if (v.disclosure === 'withheld' && !v.withheldReason)
      c.addIssue({
        code: 'custom',
        path: ['withheldReason'],
        message: '不予公开的，请写明理由和依据（条例第十四—十六条）',
      });
    if (v.validity === 'repealed' && !v.repealedOn)
      c.addIssue({ code: 'custom', path: ['repealedOn'], message: '有效性为废止时，请填写废止日期' });
    if (v.formedOn && v.repealedOn && v.repealedOn < v.formedOn)
      c.addIssue({ code: 'custom', path: ['repealedOn'], message: '废止日期不能早于成文日期' });
  });
export type EntryInput = z.output<typeof EntryInput>;

export const Version = z.coerce.number({ error: '缺少版本号，请刷新页面后重试' }).int().min(1);

export const ReviewInput = z
  .object({
    action: z.enum(['submit', 'approve', 'return'], { error: '请选择审查操作' }),
    comment: z.string().trim().max(500, { error: '意见不超过 500 个字' }).default(''),
    version: Version,
  })
  .superRefine((v, c) => {
    if (v.action === 'return' && !v.comment)
      c.addIssue({ code: 'custom', path: ['comment'], message: '退回修改时请写明需要修改的地方' });
  });

export const ReasonInput = z.object({
  reason: z.string().trim().min(4, { error: '请写明理由（至少 4 个字）' }).max(500, { error: '理由不超过 500 个字' }),
  version: Version,
});

export const FindingInput = z
  .object({
    how: z.enum(['mask', 'override'], { error: '请选择“遮盖”或“保留并说明理由”' }),
    reason: z.string().trim().max(500, { error: '理由不超过 500 个字' }).default(''),
  })
  .superRefine((v, c) => {
    if (v.how === 'override' && v.reason.length < 4)
      c.addIssue({
        code: 'custom',
        path: ['reason'],
        message: '保留该内容须写明理由（至少 4 个字），例如“依法公示，已取得本人同意”',
      });
  });
