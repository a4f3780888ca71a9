// The back office's entry list with its filters (state, column, words), and its export as CSV or XLSX: the same entries
// in the same order. Those who write or review entries get the text as it stands; other roles (administrators,
// supervisors, heads) get personal data found in titles and summaries masked (privacy/mask.ts), since an export
// leaves the system. Every export is audited with who, which filters and how many rows.
import { record } from '../audit/record.ts';
import { authorize, can } from '../auth/authorize.ts';
import type { Actor } from '../auth/actor.ts';
import type { StaffCtx } from '../context.ts';
import { type ExportFormat, toTable } from '../documents/table-export.ts';
import { maskText } from '../privacy/mask.ts';
import { chinaToday } from '../time.ts';
import { listColumns } from './column-store.ts';
import type { Entry } from './entry.ts';
import { DISCLOSURE_LABELS, GENRE_LABELS, VALIDITY_LABELS } from './item.ts';
import { type EntryFilter, listEntriesFiltered } from './list-store.ts';
import { ENTRY_STATES, type EntryState, STATE_LABELS } from './review.ts';

/** The page shows at most this many; the export has them all. */
export const PAGE_LIMIT = 500;

export function entryListQuery(raw: Record<string, unknown>): EntryFilter {
  const state = typeof raw.state === 'string' && (ENTRY_STATES as readonly string[]).includes(raw.state);
  const column = typeof raw.column === 'string' && /^[1-9]\d{0,8}$/.test(raw.column) ? Number(raw.column) : undefined;
  const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, 100) : '';
  return { state: state ? (raw.state as EntryState) : undefined, columnId: column, q: q || undefined };
}

export function listCatalogue(ctx: StaffCtx, f: EntryFilter, limit: number | undefined = PAGE_LIMIT): Promise<Entry[]> {
  authorize(can(ctx.actor, 'agency.read'));
  return listEntriesFiltered(ctx.db, ctx.writeScope, ctx.actor.agencyId, f, limit);
}

/** Whether the actor handles entries' text (drafting or reviewing it) and so sees it unmasked. */
const handlesText = (actor: Actor) =>
  (['catalogue.draft', 'catalogue.review', 'catalogue.secrecy_review'] as const).some((p) => can(actor, p).allowed);

const HEADER = [
  '索引号',
  '名称',
  '文号',
  '栏目',
  '主题分类',
  '体裁',
  '发布机构',
  '成文日期',
  '发布日期',
  '状态',
  '公开属性',
  '有效性',
  '内容概述',
  '制作人',
  '审核人',
  '发布人',
];

export async function exportEntries(
  ctx: StaffCtx,
  f: EntryFilter,
  format: ExportFormat,
): Promise<{ filename: string; data: Buffer; rows: number }> {
  const entries = await listCatalogue(ctx, f, undefined);
  const columns = await listColumns(ctx.db, ctx.actor.agencyId);
  const whole = handlesText(ctx.actor);
  const text = (v: string) => (whole ? v : maskText(v));
  const columnName = new Map(columns.map((c) => [c.id, c.name]));
  const rows = entries.map((e) => [
    e.indexNo,
    text(e.title),
    e.docNo ?? '',
    columnName.get(e.columnId) ?? '',
    e.topic,
    GENRE_LABELS[e.genre],
    e.publisher,
    e.formedOn,
    e.publishedOn ?? '',
    STATE_LABELS[e.state],
    DISCLOSURE_LABELS[e.disclosure],
    VALIDITY_LABELS[e.validity],
    text(e.summary),
    e.authorName,
    e.reviewerName ?? '',
    e.publisherName ?? '',
  ]);
  const data = await toTable(format, {
    name: '公开信息目录',
    header: HEADER,
    rows,
    widths: [26, 40, 20, 16, 12, 8, 20, 12, 12, 10, 10, 8, 40, 10, 10, 10],
  });
  const filters = Object.fromEntries(
    Object.entries({ state: f.state, column: f.columnId?.toString(), q: f.q }).filter(
      (e): e is [string, string] => e[1] !== undefined,
    ),
  );
  await ctx.db.transaction().execute((tx) =>
    record(tx, ctx, {
      action: 'catalogue.exported',
      objectType: 'catalogue_entry',
      agencyId: ctx.actor.agencyId,
      summary: { format, filters, rows: rows.length },
    }),
  );
  return { filename: `公开信息目录-${chinaToday(ctx.now)}.${format}`, data, rows: rows.length };
}
