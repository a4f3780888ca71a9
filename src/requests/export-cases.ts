// The case list exported (CSV or XLSX) with the list page's filters: the same cases in the same order, the applicant's
// name whole only on the cases whose personal data the actor may see (canSeePersonal: the handler), masked elsewhere;
// every export audited with who, which filters and how many rows.
import { record } from '../audit/record.ts';
import { authorize } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { type ExportFormat, toTable } from '../documents/table-export.ts';
import { APPLICANT_LABELS, isApplicantColumn } from '../report/format.ts';
import { chinaToday } from '../time.ts';
import { STATE_LABELS, STATES, type RequestState } from './lifecycle.ts';
import { listCases } from './list-cases.ts';
import { OUTCOMES } from './outcomes.ts';
import { canReadCases, canSeePersonal } from './policy.ts';

/** The list page's filters, as its query string carries them (the page and the export read them alike). */
export type CaseListQuery = { state?: RequestState; mine: boolean; q?: string };

export function caseListQuery(raw: Record<string, unknown>): CaseListQuery {
  const state = typeof raw.state === 'string' && (STATES as readonly string[]).includes(raw.state) ? raw.state : '';
  const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, 100) : '';
  return { state: (state || undefined) as RequestState | undefined, mine: raw.mine === '1', q: q || undefined };
}

/** The store filter of a list query for this actor. */
export function caseListFilter(ctx: Ctx, f: CaseListQuery) {
  return {
    state: f.state,
    handlerId: f.mine && ctx.actor.kind === 'staff' ? ctx.actor.userId : undefined,
    q: f.q,
  };
}

const HEADER = [
  '申请编号',
  '收到申请日期',
  '申请人类型',
  '申请人',
  '申请公开的信息',
  '状态',
  '答复期限',
  '剩余工作日',
  '承办人',
  '办理结果',
];

export async function exportCases(
  ctx: Ctx,
  f: CaseListQuery,
  format: ExportFormat,
): Promise<{ filename: string; data: Buffer; rows: number }> {
  authorize(canReadCases(ctx.actor));
  const items = await listCases(ctx, caseListFilter(ctx, f));
  let unmasked = 0;
  const rows = items.map(({ c, clock, applicant, handler }) => {
    const whole = canSeePersonal(ctx.actor, c).allowed;
    if (whole) unmasked++;
    return [
      c.number,
      c.received_on,
      isApplicantColumn(c.applicant_kind) ? APPLICANT_LABELS[c.applicant_kind] : c.applicant_kind,
      whole ? c.applicant_name : applicant,
      c.info_title,
      STATE_LABELS[c.state],
      clock.deadline.due ?? '',
      clock.stopped || clock.daysLeft === null ? '' : String(clock.daysLeft),
      handler ?? '',
      c.outcome ? OUTCOMES[c.outcome].label : '',
    ];
  });
  const data = await toTable(format, {
    name: '依申请公开',
    header: HEADER,
    rows,
    widths: [18, 12, 14, 14, 40, 12, 12, 10, 10, 24],
  });
  await ctx.db.transaction().execute((tx) =>
    record(tx, ctx, {
      action: 'request.exported',
      objectType: 'request',
      agencyId: ctx.actor.kind === 'staff' ? ctx.actor.agencyId : null,
      summary: { format, filters: filterSummary(f), rows: rows.length, unmasked },
    }),
  );
  return { filename: `依申请公开-${chinaToday(ctx.now)}.${format}`, data, rows: rows.length };
}

function filterSummary(f: CaseListQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries({ state: f.state, mine: f.mine ? '1' : undefined, q: f.q }).filter(
      (e): e is [string, string] => e[1] !== undefined,
    ),
  );
}
