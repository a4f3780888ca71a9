// Every rule the report's findings come from, as data: its id, its severity and what it checks (说明). The ids of
// report-schema.md's table first, then the ones gongkai adds (the contract allows additions). A finding takes its
// severity from here (finding.ts), and the rule engine attaches a check to each id it runs (checks.ts).
import type { Severity } from './model.ts';

const META = [
  {
    id: 'T3.BALANCE',
    severity: 'error',
    说明: '表三每列：第一项加第二项之和等于第三项加第四项之和（格式印明的勾稽关系）',
  },
  { id: 'T3.ROW_TOTAL', severity: 'error', 说明: '表三每行：总计等于各类申请人之和' },
  { id: 'T3.RESULT_TOTAL', severity: 'error', 说明: '表三每列：（七）总计等于（一）至（六）各项办理结果之和' },
  { id: 'T4.TOTAL', severity: 'error', 说明: '表四每组：总计等于结果维持、结果纠正、其他结果、尚未审结之和' },
  {
    id: 'T2.INFORCE',
    severity: 'warning',
    说明: '2021年格式：现行有效件数等于上年现行有效件数加本年制发减本年废止（需上年报告）',
  },
  { id: 'T2.REGULATION_LEVEL', severity: 'warning', 说明: '县级及以下机关无权制定规章，规章各栏应为0' },
  { id: 'CROSS_YEAR.CARRY', severity: 'error', 说明: '本年上年结转等于上年报告的结转下年度继续办理（需上年报告）' },
  { id: 'FORMAT.OUTDATED', severity: 'warning', 说明: '2021年及以后的报告仍使用2019年试行格式' },
  { id: 'FORMAT.MIXED', severity: 'warning', 说明: '一份报告中混用两种格式的表格' },
  { id: 'NARRATIVE.MISMATCH', severity: 'error', 说明: '正文中的数字与表格不符' },
  { id: 'IDENTITY.SELF_REFERENCE', severity: 'warning', 说明: '机关自称与其类别不符（乡写“我镇”等）' },
  { id: 'YEAR.MISMATCH', severity: 'warning', 说明: '正文所述年份与报告年度不符' },
  { id: 'VALUE.INVALID', severity: 'error', 说明: '件数为负数或小数' },
  { id: 'PARSE.MISSING_TABLE', severity: 'warning', 说明: '缺少必备的表格' },
  { id: 'PARSE.BLANK_CELL', severity: 'warning', 说明: '应填数字的单元格为空' },
  // Added by gongkai. The PARSE ones come from the reader, which alone sees the document.
  { id: 'TEXT.PLACEHOLDER', severity: 'error', 说明: '报告中仍有未填写的【待填写】提示或“草稿”标记，不是定稿' },
  {
    id: 'PARSE.NOT_A_REPORT',
    severity: 'error',
    说明: '所给文件不是政府信息公开工作年度报告（没有年度报告的标题、章节和表格）',
  },
  {
    id: 'PARSE.AMBIGUOUS_SPLIT',
    severity: 'warning',
    说明: '粘连的数字串有多种读法都说得通，无法确定，相关单元格按空白处理',
  },
  {
    id: 'PARSE.UNREADABLE_ROW',
    severity: 'warning',
    说明: '一行读到的数字无法对应到该行的单元格（个数不符且没有符合合计的拆分）',
  },
  { id: 'PARSE.INFERRED_CELL', severity: 'info', 说明: '一行少读到一个数，缺的一格由本行合计唯一推得' },
  { id: 'PARSE.TRUNCATED', severity: 'warning', 说明: '表格在中途中断（文件缺页），其后各行按空白处理，不作推算' },
  {
    id: 'PARSE.DROPPED_CELLS',
    severity: 'info',
    说明: '一行读到的数少于单元格数，按合计关系和常见填法放入各列，其余按空白处理',
  },
  { id: 'ROLLUP.SUM', severity: 'warning', 说明: '上级机关汇总数与下级各报告之和不符' },
  { id: 'SNAPSHOT.CHANGED', severity: 'warning', 说明: '年终封账后，该年度的数据又有变动，报告数字与现有数据不符' },
] as const satisfies readonly { id: string; severity: Severity; 说明: string }[];

export type RuleId = (typeof META)[number]['id'];
export type RuleMeta = { readonly id: RuleId; readonly severity: Severity; readonly 说明: string };
export const RULE_META: readonly RuleMeta[] = META;
const BY_ID = new Map<string, RuleMeta>(META.map((m) => [m.id, m]));

export const ruleMeta = (id: RuleId): RuleMeta => BY_ID.get(id) as RuleMeta;
