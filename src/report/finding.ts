// Findings: how a rule names a cell in Chinese, and the stable fingerprint that lets a dismissal stick across re-runs.
import { createHash } from 'node:crypto';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS, PROACTIVE_BLOCKS } from './format.ts';
import type { Finding } from './model.ts';
import { type RuleId, ruleMeta } from './rules.ts';

export type FindingInput = Omit<Finding, 'fingerprint'>;

/** Same rule, same cell, same values → same fingerprint; the message wording is left out so it can be improved. */
export function fingerprintOf(f: FindingInput): string {
  const key = [f.rule, f.table ?? '', f.row ?? '', f.column ?? '', f.expected ?? '', f.actual ?? ''].join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** A finding of a rule, its severity the rule's (rules.ts). */
export function finding(
  rule: RuleId,
  message: string,
  at: Omit<FindingInput, 'rule' | 'severity' | 'message'> = {},
): Finding {
  const f: FindingInput = { rule, severity: ruleMeta(rule).severity, ...at, message };
  return { ...f, fingerprint: fingerprintOf(f) };
}

const GROUP_NAMES: Record<string, string> = {
  withheld: '不予公开',
  unavailable: '无法提供',
  notProcessed: '不予处理',
  other: '其他处理',
};
const TABLE_NAMES = { proactive: '表二', applications: '表三', appeals: '表四' } as const;

/** 表三「row label」行「column label」列 — the cell as a clerk finds it on the printed table. */
export function cellName(table: keyof typeof TABLE_NAMES, row?: string, column?: string): string {
  let rowLabel = row;
  let colLabel = column;
  if (table === 'applications') {
    const r = APPLICATION_ROWS.find((x) => x.key === row);
    const group = row?.includes('.') ? (GROUP_NAMES[row.split('.')[0] ?? ''] ?? '') : '';
    rowLabel = r ? `${group ? `${group}·` : ''}${r.label}` : row;
    colLabel = APPLICANT_COLUMNS.find((c) => c.key === column)?.label ?? column;
  } else if (table === 'appeals') {
    rowLabel = APPEAL_GROUPS.find((g) => g.key === row)?.label ?? row;
    colLabel = APPEAL_COLUMNS.find((c) => c.key === column)?.label ?? column;
  } else {
    for (const blocks of Object.values(PROACTIVE_BLOCKS)) {
      for (const b of blocks) {
        const r = b.rows.find((x) => x.key === row);
        if (r) rowLabel = r.label;
        const c = r && b.columns.find((x) => x.key === column);
        if (c) colLabel = c.label;
      }
    }
  }
  return `${TABLE_NAMES[table]}${rowLabel ? `「${rowLabel}」行` : ''}${colLabel ? `「${colLabel}」列` : ''}`;
}
