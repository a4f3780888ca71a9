// Each report rule by a short Chinese name, for findings in the back office: the name first, the rule id after it in
// small type (the id is what the report JSON and the checker's exports carry). Keyed by RuleId: a new rule without a
// name does not compile.
import { html, type Html } from '../../html/html.ts';
import type { RuleId } from '../../report/rules.ts';

export const RULE_NAMES = {
  'T3.BALANCE': '表三收支平衡',
  'T3.ROW_TOTAL': '表三行合计',
  'T3.RESULT_TOTAL': '表三办理结果合计',
  'T4.TOTAL': '表四合计',
  'T2.INFORCE': '表二现行有效件数',
  'T2.REGULATION_LEVEL': '表二规章栏',
  'CROSS_YEAR.CARRY': '上年结转',
  'FORMAT.OUTDATED': '格式过时',
  'FORMAT.MIXED': '格式混用',
  'NARRATIVE.MISMATCH': '正文数字与表格不符',
  'IDENTITY.SELF_REFERENCE': '机关自称不符',
  'YEAR.MISMATCH': '年份不符',
  'VALUE.INVALID': '件数无效',
  'PARSE.MISSING_TABLE': '缺少表格',
  'PARSE.BLANK_CELL': '单元格为空',
  'TEXT.PLACEHOLDER': '尚未填写的提示',
  'PARSE.NOT_A_REPORT': '不是年度报告',
  'PARSE.AMBIGUOUS_SPLIT': '粘连数字无法确定',
  'PARSE.UNREADABLE_ROW': '无法读取的行',
  'PARSE.INFERRED_CELL': '由合计推得的单元格',
  'PARSE.TRUNCATED': '表格中断',
  'PARSE.DROPPED_CELLS': '少读的单元格',
  'ROLLUP.SUM': '汇总数不符',
  'SNAPSHOT.CHANGED': '封账后数据变动',
} as const satisfies Record<RuleId, string>;

/** “表三收支平衡 T3.BALANCE”: the name, then the id in small type. */
export function ruleName(rule: string): Html {
  const name = Object.hasOwn(RULE_NAMES, rule) ? RULE_NAMES[rule as RuleId] : '其他检查';
  return html`${name} <small class="rule-id">${rule}</small>`;
}
