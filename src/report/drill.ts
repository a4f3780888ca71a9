// Drill-down: the cases or entries behind one cell of the annual report, by the same rules that counted them — so the
// list's length is the cell's value. Staff of the agency and supervisors above it; the page and the API show this.
import type { Agency } from '../agencies/store.ts';
import { DECISIONS, type AppealKind, type Decision, isDecision } from '../appeals/outcomes.ts';
import { appealCell } from '../appeals/table-four.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { OUTCOMES, isOutcome } from '../requests/outcomes.ts';
import { chinaToday } from '../time.ts';
import { type EpisodeCase, appealFacts, episodeCases, publishedItems } from './facts-store.ts';
import { cellName } from './finding.ts';
import { drillDocuments, drillRegisters } from './drill-store.ts';
import { assertReportYear, reportAgency } from './view-report.ts';

export const DRILL_LIMIT = 2000;

export type DrillItem = { ref: string; title: string; date: string; detail: string; href: string | null };
export type Drill = { agency: Agency; year: number; cell: string; items: DrillItem[]; truncated: boolean };

/** The 表三 rows and column an episode counts in for `year`. */
export function episodeCells(
  e: Pick<EpisodeCase, 'startedOn' | 'closedOn' | 'outcome' | 'kind'>,
  year: number,
): { rows: string[]; column: string } {
  const start = `${year}-01-01`,
    end = `${year}-12-31`;
  const rows = [e.startedOn >= start ? 'received' : 'carriedIn'];
  if (e.closedOn !== null && e.closedOn <= end)
    rows.push(e.outcome && isOutcome(e.outcome) ? OUTCOMES[e.outcome].row : 'other.other', 'total');
  else rows.push('carriedOut');
  return { rows, column: e.kind };
}

const inColumn = (cellColumn: string, column: string) => column === 'total' || cellColumn === column;

export async function drillCell(
  ctx: Ctx,
  code: string,
  year: number,
  table: string,
  row: string,
  column: string,
): Promise<Drill> {
  assertReportYear(year, chinaToday(ctx.now));
  const agency = await reportAgency(ctx, code);
  const mine = { agencyId: agency.id };
  let items: DrillItem[];
  if (table === 'applications') {
    const cases = await episodeCases(ctx.db, mine, year, DRILL_LIMIT * 10);
    items = cases
      .filter((c) => {
        const m = episodeCells(c, year);
        return m.rows.includes(row) && inColumn(m.column, column);
      })
      .map((c) => ({
        ref: c.number,
        title: c.infoTitle,
        date: c.startedOn,
        detail: c.closedOn
          ? `${c.closedOn} 办结：${c.outcome && isOutcome(c.outcome) ? OUTCOMES[c.outcome].label : '—'}`
          : '办理中',
        href: `/admin/requests/${c.requestId}`,
      }));
  } else if (table === 'appeals') {
    const cases = await appealFacts(ctx.db, mine, year);
    items = cases
      .filter((c) => {
        const m = appealCell({ ...c, kind: c.kind as AppealKind, decision: c.decision as Decision | null }, year);
        return m !== null && m.row === row && inColumn(m.column, column);
      })
      .map((c) => ({
        ref: c.caseNumber ?? `#${c.id}`,
        title: c.requestNumber ? `涉及申请 ${c.requestNumber}` : '—',
        date: c.filedOn,
        detail: c.decidedOn
          ? `${c.decidedOn} ${c.decision && isDecision(c.decision) ? DECISIONS[c.decision].label : ''}`
          : '尚未审结',
        href: `/admin/appeals/${c.id}`,
      }));
  } else if (table === 'proactive' && (row === 'regulations' || row === 'normativeDocuments')) {
    items = (await drillDocuments(ctx.db, agency.id, year, row === 'regulations' ? 'rule' : 'normative', column)).map(
      (d) => ({
        ref: d.indexNo,
        title: d.title,
        date: d.formedOn,
        detail: d.repealedOn ? `${d.repealedOn} 废止` : '有效',
        href: `/admin/catalogue/${d.id}`,
      }),
    );
  } else if (table === 'proactive') {
    items = (await drillRegisters(ctx.db, agency.id, year, row)).map((r) => ({
      ref: `#${r.id}`,
      title: r.note || '（未写说明）',
      date: r.createdAt.slice(0, 10),
      detail: r.amountFen ? `${(r.amountFen / 100).toFixed(2)} 元` : `${r.count} 件`,
      href: null,
    }));
  } else if (table === 'narrative' && row === 'proactiveCount') {
    items = (await publishedItems(ctx.db, agency.id, year, DRILL_LIMIT + 1)).map((p) => ({
      ref: p.indexNo,
      title: p.title,
      date: p.publishedOn,
      detail: p.column,
      href: `/admin/catalogue/${p.id}`,
    }));
  } else throw notFound('单元格');
  const cell = table === 'narrative' ? '正文「主动公开信息条数」' : cellName(table as 'applications', row, column);
  return { agency, year, cell, items: items.slice(0, DRILL_LIMIT), truncated: items.length > DRILL_LIMIT };
}
