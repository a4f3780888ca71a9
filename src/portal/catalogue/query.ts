// The query strings of the public catalogue and search pages (and the public API), with Chinese messages.
import { z } from 'zod';
import { GENRES, TOPICS, VALIDITIES } from '../../catalogue/item.ts';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const CatalogueQuery = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100, { error: '检索词不超过 100 个字' }).optional()),
  column: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: '栏目编号应为数字' }).int().positive().max(2_000_000_000).optional(),
  ),
  topic: z.preprocess(blankToUndefined, z.enum(TOPICS, { error: '主题分类不在列表中' }).optional()),
  genre: z.preprocess(blankToUndefined, z.enum(GENRES, { error: '体裁不在列表中' }).optional()),
  year: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: '年份应为 4 位数字' })
      .int()
      .min(1990, { error: '年份应在 1990 年以后' })
      .max(2100, { error: '年份不正确' })
      .optional(),
  ),
  validity: z.preprocess(blankToUndefined, z.enum(VALIDITIES, { error: '有效性只能是有效、失效或废止' }).optional()),
  page: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: '页码应为数字' })
      .int()
      .min(1, { error: '页码从 1 开始' })
      .max(1000, { error: '页码过大' })
      .default(1),
  ),
});
export type CatalogueQuery = z.output<typeof CatalogueQuery>;

/** The query string of a page link with the same filters. */
export function queryString(q: Partial<CatalogueQuery>, page?: number): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, page: page ?? q.page }))
    if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
