// The report rule engine: each rule of rules.ts with its check. The same rules check a report computed from live data
// and one parsed from a published document.
import { checkPrevious } from './checks-cross.ts';
import {
  checkAppealTotals,
  checkBalance,
  checkBlankCells,
  checkResultTotals,
  checkRowTotals,
  checkValues,
} from './checks-tables.ts';
import { checkNarrative, checkNotAReport, checkPlaceholders, checkSelfReference } from './checks-prose.ts';
import { checkMissingTables, checkMixed, checkOutdated, checkRegulationLevel, checkYear } from './checks-text.ts';
import type { CheckContext, Finding, Report } from './model.ts';
import { RULE_META, type RuleId, type RuleMeta } from './rules.ts';

export type Check = (report: Report, ctx: CheckContext) => Finding[];
export type Rule = RuleMeta & { check: Check };

/** The check of each rule the engine runs, in the order of rules.ts. */
const CHECKS: Partial<Record<RuleId, Check>> = {
  'T3.BALANCE': checkBalance,
  'T3.ROW_TOTAL': checkRowTotals,
  'T3.RESULT_TOTAL': checkResultTotals,
  'T4.TOTAL': checkAppealTotals,
  'T2.INFORCE': (r, ctx) => checkPrevious(r, ctx.previous).filter((f) => f.rule === 'T2.INFORCE'),
  'T2.REGULATION_LEVEL': checkRegulationLevel,
  'CROSS_YEAR.CARRY': (r, ctx) => checkPrevious(r, ctx.previous).filter((f) => f.rule === 'CROSS_YEAR.CARRY'),
  'FORMAT.OUTDATED': checkOutdated,
  'FORMAT.MIXED': checkMixed,
  'NARRATIVE.MISMATCH': checkNarrative,
  'IDENTITY.SELF_REFERENCE': checkSelfReference,
  'YEAR.MISMATCH': checkYear,
  'VALUE.INVALID': checkValues,
  'PARSE.MISSING_TABLE': checkMissingTables,
  'PARSE.BLANK_CELL': checkBlankCells,
  'TEXT.PLACEHOLDER': checkPlaceholders,
  'PARSE.NOT_A_REPORT': checkNotAReport,
};

export const RULES: readonly Rule[] = RULE_META.flatMap((m) => {
  const check = CHECKS[m.id];
  return check ? [{ ...m, check }] : [];
});

/** Every rule over one report; findings already on the report (from the parser) are kept, duplicates dropped. */
export function runChecks(report: Report, ctx: CheckContext = {}): Finding[] {
  const all = [...report.findings, ...RULES.flatMap((rule) => rule.check(report, ctx))];
  const seen = new Set<string>();
  return all.filter((f) => {
    if (seen.has(f.fingerprint)) return false;
    seen.add(f.fingerprint);
    return true;
  });
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
