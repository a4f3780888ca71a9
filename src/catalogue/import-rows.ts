// The columns of a catalogue import file (an old site's export of its published entries) and the check of one row.
// Pure: each row becomes an entry to write or a list of problems naming its line, in Chinese.
import { parseDate } from '../calendar/dates.ts';
import { normaliseDate, type FieldSpec, type TableRow } from '../documents/table-file.ts';
import type { EntryContent } from './entry.ts';
import { GENRE_LABELS, type Genre, isIndexNo, TOPICS, VALIDITY_LABELS, type Validity } from './item.ts';

/** The template's columns, in order; each with the other names an old site's export may give it. */
export const ENTRY_FIELDS = [
  { key: 'title', labels: ['标题', '名称', '信息名称', 'title'], required: true },
  { key: 'indexNo', labels: ['索引号', 'index_no'], required: true },
  { key: 'docNo', labels: ['文号', '发文字号', 'doc_no'] },
  { key: 'formedOn', labels: ['成文日期', '生成日期', 'formed_on'], required: true },
  { key: 'publishedOn', labels: ['发布日期', '公开日期', 'published_on'], required: true },
  { key: 'column', labels: ['栏目', '所属栏目', 'column'], required: true },
  { key: 'topic', labels: ['主题分类', '主题', 'topic'] },
  { key: 'genre', labels: ['体裁', '体裁分类', 'genre'] },
  { key: 'summary', labels: ['内容概述', '摘要', 'summary'] },
  { key: 'publisher', labels: ['发布机构', 'publisher'] },
  { key: 'validity', labels: ['有效性', 'validity'] },
  { key: 'body', labels: ['正文', '内容', 'body'] },
  { key: 'attachments', labels: ['附件', '附件路径', 'attachments'] },
] as const satisfies readonly FieldSpec[];

export const ENTRY_EXAMPLE = [
  '关于2023年度城乡低保对象复核结果的公示',
  '000014349/2023-00012',
  '东政发〔2023〕5号',
  '2023-03-01',
  '2023-03-02',
  '通知公告',
  '民政、扶贫、救灾',
  '公告公示',
  '第一季度复核结果',
  '东和乡人民政府',
  '有效',
  '经村民代表评议、乡政府审核，现予公示。',
  '附件/复核名单.pdf',
];

export type ImportedEntry = {
  line: number;
  indexNo: string;
  publishedOn: string;
  columnName: string;
  content: EntryContent;
  /** Paths relative to the imported file. */
  attachments: string[];
};

const byLabel = <K extends string>(labels: Record<K, string>) =>
  new Map(Object.entries<string>(labels).map(([k, v]) => [v, k as K]));
const GENRES_BY_LABEL = byLabel<Genre>(GENRE_LABELS);
const VALIDITIES_BY_LABEL = byLabel<Validity>(VALIDITY_LABELS);

/** A date column: the normalised day, or a problem that quotes what the file holds. */
function dateOf(row: TableRow, key: string, label: string, problems: string[]): string | null {
  const text = row.cells[key] ?? '';
  if (!text) {
    problems.push(`第 ${row.line} 行：${label}为空`);
    return null;
  }
  const day = normaliseDate(text);
  if (parseDate(day) === undefined) {
    problems.push(`第 ${row.line} 行：${label}“${text}”不是有效日期（格式为 2023-03-01）`);
    return null;
  }
  return day;
}

export function checkEntryRow(
  row: TableRow,
  o: { today: string; publisher: string },
): { entry: ImportedEntry } | { problems: string[] } {
  const c = row.cells;
  const at = `第 ${row.line} 行：`;
  const problems: string[] = [];
  const title = c.title ?? '';
  if (title.length < 2 || title.length > 200) problems.push(`${at}标题应为 2 到 200 个字`);
  const indexNo = c.indexNo ?? '';
  if (!isIndexNo(indexNo)) problems.push(`${at}索引号“${indexNo}”不合规（只能含字母、数字和 / - . _，6 到 60 个字符）`);
  const formedOn = dateOf(row, 'formedOn', '成文日期', problems);
  const publishedOn = dateOf(row, 'publishedOn', '发布日期', problems);
  if (formedOn && publishedOn && publishedOn < formedOn)
    problems.push(`${at}发布日期 ${publishedOn} 早于成文日期 ${formedOn}`);
  if (publishedOn && publishedOn > o.today) problems.push(`${at}发布日期 ${publishedOn} 晚于今天`);
  if (!c.column) problems.push(`${at}栏目为空`);
  const topic = c.topic || '其他';
  if (!(TOPICS as readonly string[]).includes(topic))
    problems.push(`${at}主题分类“${topic}”不在分类表中（可用：${TOPICS.join('、')}）`);
  const genre = c.genre ? GENRES_BY_LABEL.get(c.genre) : 'other';
  if (!genre) problems.push(`${at}体裁“${c.genre}”不在列表中（可用：${Object.values(GENRE_LABELS).join('、')}）`);
  const validity = c.validity ? VALIDITIES_BY_LABEL.get(c.validity) : 'valid';
  if (!validity || validity === 'repealed')
    problems.push(`${at}有效性“${c.validity}”应为“有效”或“失效”（废止的信息请导入后在系统中登记废止日期）`);
  const summary = c.summary || title;
  if (summary.length > 300) problems.push(`${at}内容概述超过 300 个字`);
  const attachments = (c.attachments ?? '')
    .split(/[;；|\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!c.body && !attachments.length) problems.push(`${at}正文和附件都为空，至少应有其一`);
  if ((c.body ?? '').length > 200_000) problems.push(`${at}正文过长（超过 20 万字），请改为附件`);
  if (problems.length) return { problems };
  return {
    entry: {
      line: row.line,
      indexNo,
      publishedOn: publishedOn!,
      columnName: c.column!,
      attachments,
      content: {
        columnId: 0, // set once the column's name is found among the agency's
        title,
        summary,
        publisher: c.publisher || o.publisher,
        formedOn: formedOn!,
        docNo: c.docNo || null,
        topic,
        genre: genre!,
        disclosure: 'active',
        withheldReason: null,
        validity: validity!,
        repealedOn: null,
        body: c.body ?? '',
      },
    },
  };
}
