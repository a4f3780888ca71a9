// /api/v1/catalogue: an agency's published catalogue, searchable. Public; drafts and unpublished entries never appear.
import { z } from 'zod';
import { AGENCY_CODE } from '../agencies/kinds.ts';
import { findPublicAgency } from '../agencies/store.ts';
import { listPublished, PUBLIC_FIELDS } from '../catalogue/public-store.ts';
import { notFound } from '../errors.ts';
import { CatalogueQuery } from '../portal/catalogue/query.ts';
import { snippet } from '../search/highlight.ts';
import { defineRoute } from './registry.ts';

const EntryJson = z.object({
  id: z.number(),
  indexNo: z.string(),
  title: z.string(),
  summary: z.string(),
  publisher: z.string(),
  formedOn: z.string(),
  publishedOn: z.string(),
  docNo: z.string().nullable(),
  topic: z.string(),
  genre: z.string(),
  validity: z.string(),
  corrected: z.boolean(),
  url: z.string(),
  agency: z.object({ code: z.string(), name: z.string() }).describe('发布机关（县级以上门户检索其下全部机关）'),
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })).describe('检索时：命中处 hit 为 true'),
});

export const catalogueRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/catalogue',
    tag: '信息公开目录',
    auth: 'public',
    summary: '机关及其下属机关已发布的政府信息（可检索、分页）',
    query: CatalogueQuery.extend({
      agency: z.string({ error: '请提供机关代码 agency' }).regex(AGENCY_CODE, { error: '机关代码格式不正确' }),
    }),
    response: z.object({
      agency: z.string(),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
      items: z.array(EntryJson),
    }),
    async handler(ctx, { query }) {
      const agency = await findPublicAgency(ctx.db, query.agency);
      if (!agency) throw notFound('机关');
      const r = await listPublished(
        ctx.db,
        agency,
        PUBLIC_FIELDS,
        {
          columnId: query.column,
          topic: query.topic,
          genre: query.genre,
          year: query.year,
          validity: query.validity,
          q: query.q,
        },
        query.page,
      );
      return {
        agency: agency.code,
        total: r.total,
        page: r.page,
        pageSize: r.pageSize,
        items: r.items.map((e) => ({
          id: e.id,
          indexNo: e.indexNo,
          title: e.title,
          summary: e.summary,
          publisher: e.publisher,
          formedOn: e.formedOn,
          publishedOn: e.publishedOn ?? '',
          docNo: e.docNo,
          topic: e.topic,
          genre: e.genre,
          validity: e.validity,
          corrected: e.corrected,
          url: `/${e.agency.code}/catalogue/${e.id}`,
          agency: { code: e.agency.code, name: e.agency.name },
          snippet: query.q ? snippet(`${e.title} ${e.summary} ${e.body}`, query.q, 120) : [],
        })),
      };
    },
  }),
];
