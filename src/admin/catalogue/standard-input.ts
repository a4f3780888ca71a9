// The form of a 标准目录 item, shared by the add form (registers-routes.ts) and the item's edit form (standard-routes.ts).
import { z } from 'zod';
import { CHANNEL_CARRIERS } from '../../catalogue/standard-catalogue.ts';

const text = (label: string, max = 200) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不超过 ${max} 个字` });

export const ItemInput = z.object({
  level1: text('一级事项'),
  level2: text('二级事项'),
  content: text('公开内容', 500),
  basis: text('公开依据', 500),
  timeLimit: text('公开时限'),
  subject: text('公开主体'),
  channels: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(CHANNEL_CARRIERS, { error: '公开渠道不在列表中' })).min(1, { error: '请至少选择一个公开渠道' }),
  ),
  columnId: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number({ error: '请选择栏目' }).int().positive().optional(),
  ),
  audience: z.enum(['all', 'specific'], { error: '请选择公开对象' }),
  mode: z.enum(['active', 'on_request'], { error: '请选择公开方式' }),
  tier: z.enum(['county', 'township'], { error: '请选择公开层级' }),
});
