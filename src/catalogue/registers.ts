// Article 20 registers that feed 表二 of the annual report (国办公开办函〔2021〕30号; report-schema.md tables.proactive).
// 规章 and 行政规范性文件 are derived from catalogue entries of those genres and their 有效性; 行政许可/处罚/强制 decision
// counts and 行政事业性收费 amounts are entered, per decision or as totals, per year. Pure.
import type { LocalDate } from '../calendar/dates.ts';
import type { Genre, Validity } from './item.ts';

export const DECISION_KINDS = ['licensing', 'penalties', 'coercion', 'fees'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_LABELS = {
  licensing: '行政许可（第二十条第（五）项）',
  penalties: '行政处罚（第二十条第（六）项）',
  coercion: '行政强制（第二十条第（六）项）',
  fees: '行政事业性收费（第二十条第（八）项）',
} as const satisfies Record<DecisionKind, string>;

export type RegisterDoc = { genre: Genre; formedOn: LocalDate; validity: Validity; repealedOn: LocalDate | null };
export type DecisionRow = { kind: DecisionKind; count: number; amountFen: number };

export type ProactiveTable = {
  regulations: { issued: number; repealed: number; inForce: number };
  normativeDocuments: { issued: number; repealed: number; inForce: number };
  licensing: { decisions: number };
  penalties: { decisions: number };
  coercion: { decisions: number };
  fees: { amountWanYuan: number };
};

function documents(docs: readonly RegisterDoc[], genre: Genre, year: number) {
  const start = `${year}-01-01`, end = `${year}-12-31`;
  const mine = docs.filter((d) => d.genre === genre);
  const inYear = (d: LocalDate | null) => !!d && d >= start && d <= end;
  return {
    issued: mine.filter((d) => inYear(d.formedOn)).length, // 本年制发件数
    repealed: mine.filter((d) => d.validity === 'repealed' && inYear(d.repealedOn)).length, // 本年废止件数
    // 现行有效件数 at the year's end: made by then, and not repealed by then (失效 documents are not in force).
    inForce: mine.filter((d) => d.formedOn <= end && (d.validity === 'valid' || (d.validity === 'repealed' && !!d.repealedOn && d.repealedOn > end))).length,
  };
}

export function proactiveTable(year: number, docs: readonly RegisterDoc[], decisions: readonly DecisionRow[]): ProactiveTable {
  const sum = (k: DecisionKind) => decisions.filter((d) => d.kind === k).reduce((n, d) => n + d.count, 0);
  const fen = decisions.filter((d) => d.kind === 'fees').reduce((n, d) => n + d.amountFen, 0);
  return {
    regulations: documents(docs, 'rule', year),
    normativeDocuments: documents(docs, 'normative', year),
    licensing: { decisions: sum('licensing') },
    penalties: { decisions: sum('penalties') },
    coercion: { decisions: sum('coercion') },
    fees: { amountWanYuan: Math.round(fen / 100) / 10_000 }, // 分 → 万元, exact to the 元
  };
}

/** "1234.56" (元) → 123456 分; undefined when not a money amount with at most 2 decimals. */
export function yuanToFen(text: string): number | undefined {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : undefined;
}
