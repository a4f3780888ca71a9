// Import files as an old site's export would give them: a header of Chinese column names and rows, as XLSX or CSV.
import ExcelJS from 'exceljs';

export async function sheetXlsx(header: readonly string[], rows: readonly string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导出');
  ws.addRow([...header]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function sheetCsv(header: readonly string[], rows: readonly string[][]): Buffer {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from([header, ...rows].map((r) => r.map(cell).join(',')).join('\n'), 'utf8');
}

export const ENTRY_HEADER = ['标题', '索引号', '文号', '成文日期', '发布日期', '栏目', '主题分类', '正文', '附件'];

/** A legacy entry row in ENTRY_HEADER's order; `n` makes its 索引号 and title unique. */
export function legacyEntry(n: number, tag: string, o: Partial<Record<(typeof ENTRY_HEADER)[number], string>> = {}) {
  const v: Record<string, string> = {
    标题: `${tag}村道硬化工程竣工验收公示第${n}号`,
    索引号: `${tag}-2021-${String(n).padStart(5, '0')}`,
    文号: `东政发〔2021〕${n}号`,
    成文日期: '2021-04-01',
    发布日期: '2021-04-03',
    栏目: '通知公告',
    主题分类: '城乡建设',
    正文: `${tag}村道硬化工程已于2021年3月完工，经验收合格，现予公示。`,
    附件: '',
    ...o,
  };
  return ENTRY_HEADER.map((h) => v[h]!);
}

export const CASE_HEADER = ['申请编号', '收到申请日期', '申请人类型', '申请人', '所需信息', '办理结果', '答复日期'];

/** A case handled before the move, in CASE_HEADER's order. */
export function legacyCase(n: number, tag: string, o: Partial<Record<(typeof CASE_HEADER)[number], string>> = {}) {
  const v: Record<string, string> = {
    申请编号: `${tag}${String(n).padStart(5, '0')}`,
    收到申请日期: '2026-02-03',
    申请人类型: '自然人',
    申请人: '李四',
    所需信息: '村道硬化工程验收材料',
    办理结果: '予以公开',
    答复日期: '2026-02-20',
    ...o,
  };
  return CASE_HEADER.map((h) => v[h]!);
}
