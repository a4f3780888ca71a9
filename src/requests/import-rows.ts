// The columns of a file of 依申请公开 cases handled before the move (so 表三 of the year the agency starts mid-year is
// complete) and the check of one row. Pure: a row becomes a closed case to write, or problems naming its line.
import { parseDate } from '../calendar/dates.ts';
import { normaliseDate, type FieldSpec, type TableRow } from '../documents/table-file.ts';
import { APPLICANT_COLUMNS, type ApplicantColumn } from '../report/format.ts';
import { INTAKE_CHANNELS, INTAKE_LABELS, type IntakeChannel } from './clock.ts';
import type { RequestEventType, RequestState } from './lifecycle.ts';
import { OUTCOME_CODES, OUTCOMES, type Outcome } from './outcomes.ts';

export const CASE_FIELDS = [
  { key: 'number', labels: ['申请编号', '编号', 'number'] },
  { key: 'receivedOn', labels: ['收到申请日期', '收到日期', '申请日期', '受理日期', 'received_on'], required: true },
  { key: 'kind', labels: ['申请人类型', '申请人类别', 'applicant_type'], required: true },
  { key: 'name', labels: ['申请人', '申请人姓名或名称', 'applicant'] },
  { key: 'channel', labels: ['申请方式', '提交方式', 'channel'] },
  { key: 'title', labels: ['所需信息', '申请内容', '信息名称', 'title'] },
  { key: 'outcome', labels: ['办理结果', '答复结果', 'outcome'], required: true },
  { key: 'closedOn', labels: ['答复日期', '办结日期', 'closed_on'], required: true },
] as const satisfies readonly FieldSpec[];

export const CASE_EXAMPLE = [
  'YS2026030100001',
  '2026-03-01',
  '自然人',
  '张三',
  '当面提交',
  '2025年村道硬化工程验收材料',
  OUTCOMES.disclosed.label,
  '2026-03-12',
];

/** 申请人类型 by the 表三 column's label (自然人, 商业企业 … 其他); "法人或其他组织" alone is too vague to count. */
const KINDS = new Map(
  APPLICANT_COLUMNS.filter((c) => c.key !== 'total').map((c) => [c.label, c.key as Exclude<ApplicantColumn, 'total'>]),
);
const OUTCOMES_BY_LABEL = new Map<string, Outcome>(OUTCOME_CODES.map((o) => [OUTCOMES[o].label, o]));
// A spreadsheet may give the part after the group (属于国家秘密 for 不予公开：属于国家秘密), as 表三's rows print it.
for (const o of OUTCOME_CODES) {
  const short = OUTCOMES[o].label.split('：')[1];
  if (short && !OUTCOMES_BY_LABEL.has(short)) OUTCOMES_BY_LABEL.set(short, o);
}
const CHANNELS = new Map<string, IntakeChannel>(INTAKE_CHANNELS.map((c) => [INTAKE_LABELS[c], c]));
for (const c of INTAKE_CHANNELS) CHANNELS.set(c, c);
CHANNELS.set('网上申请', 'portal');
CHANNELS.set('信函', 'letter');

/** How a case of each outcome ended: its closing step and state before it was archived. */
export function closingStep(o: Outcome): { type: RequestEventType; state: RequestState } {
  if (o === 'withdrawn') return { type: 'withdrawn', state: 'withdrawn' };
  if (o === 'no_correction') return { type: 'correction_lapsed', state: 'deemed_abandoned' };
  if (o === 'unpaid_fee') return { type: 'fee_lapsed', state: 'deemed_abandoned' };
  return { type: 'replied', state: 'replied' };
}

export type ImportedCase = {
  line: number;
  number: string | null;
  receivedOn: string;
  closedOn: string;
  kind: Exclude<ApplicantColumn, 'total'>;
  name: string;
  channel: IntakeChannel;
  title: string;
  outcome: Outcome;
};

function day(row: TableRow, key: 'receivedOn' | 'closedOn', label: string, problems: string[]): string | null {
  const text = row.cells[key] ?? '';
  const d = normaliseDate(text);
  if (!text) problems.push(`第 ${row.line} 行：${label}为空`);
  else if (parseDate(d) === undefined) problems.push(`第 ${row.line} 行：${label}“${text}”不是有效日期`);
  else return d;
  return null;
}

export function checkCaseRow(row: TableRow, today: string): { case: ImportedCase } | { problems: string[] } {
  const c = row.cells;
  const at = `第 ${row.line} 行：`;
  const problems: string[] = [];
  const number = c.number || null;
  if (number && !/^[0-9A-Za-z_\-./〔〕()（）\p{Script=Han}]{2,40}$/u.test(number))
    problems.push(`${at}申请编号“${number}”不合规（2 到 40 个字母、数字或汉字）`);
  const receivedOn = day(row, 'receivedOn', '收到申请日期', problems);
  const closedOn = day(row, 'closedOn', '答复日期', problems);
  if (receivedOn && closedOn && closedOn < receivedOn)
    problems.push(`${at}答复日期 ${closedOn} 早于收到申请日期 ${receivedOn}`);
  if (closedOn && closedOn > today)
    problems.push(`${at}答复日期 ${closedOn} 晚于今天（未办结的申请请在系统中登记办理）`);
  const kind = KINDS.get(c.kind ?? '');
  if (!kind)
    problems.push(
      `${at}申请人类型“${c.kind ?? ''}”应为 ${[...KINDS.keys()].join('、')} 之一（“其他”指其他法人或组织）`,
    );
  const outcome = OUTCOMES_BY_LABEL.get(c.outcome ?? '') ?? (OUTCOME_CODES as string[]).find((o) => o === c.outcome);
  if (!outcome) problems.push(`${at}办理结果“${c.outcome ?? ''}”不是全国统一的办理结果名称（见模板的“办理结果”说明）`);
  const channel = c.channel ? CHANNELS.get(c.channel) : 'in_person';
  if (!channel)
    problems.push(`${at}申请方式“${c.channel}”应为 ${INTAKE_CHANNELS.map((x) => INTAKE_LABELS[x]).join('、')} 之一`);
  const title = c.title || '（迁移前办理的申请）';
  if (title.length > 200) problems.push(`${at}所需信息超过 200 个字`);
  const name = c.name || '（迁移导入）';
  if (name.length > 100) problems.push(`${at}申请人超过 100 个字`);
  if (problems.length) return { problems };
  return {
    case: {
      line: row.line,
      number,
      receivedOn: receivedOn!,
      closedOn: closedOn!,
      kind: kind!,
      name,
      channel: channel!,
      title,
      outcome: outcome as Outcome,
    },
  };
}
