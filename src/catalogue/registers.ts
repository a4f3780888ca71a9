// Article 20 registers that feed 表二 of the annual report (国办公开办函〔2021〕30号; report-schema.md tables.proactive).
// 规章 and 行政规范性文件 are derived from catalogue entries of those genres and their 有效性; 行政许可/处罚/强制 decision
// counts and 行政事业性收费 amounts are entered, per decision or as totals, per year. Pure. The table itself is computed
// by the annual report's aggregates (report/facts-store.ts, report/live.ts proactiveTable), one definition for both.

export const DECISION_KINDS = ['licensing', 'penalties', 'coercion', 'fees'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_LABELS = {
  licensing: '行政许可（第二十条第（五）项）',
  penalties: '行政处罚（第二十条第（六）项）',
  coercion: '行政强制（第二十条第（六）项）',
  fees: '行政事业性收费（第二十条第（八）项）',
} as const satisfies Record<DecisionKind, string>;

export type DecisionRow = { kind: DecisionKind; count: number; amountFen: number };

export type ProactiveTable = {
  regulations: { issued: number; repealed: number; inForce: number };
  normativeDocuments: { issued: number; repealed: number; inForce: number };
  licensing: { decisions: number };
  penalties: { decisions: number };
  coercion: { decisions: number };
  fees: { amountWanYuan: number };
};

/** "1234.56" (元) → 123456 分; undefined when not a money amount with at most 2 decimals. */
export function yuanToFen(text: string): number | undefined {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : undefined;
}
