// Reads a province's 标准目录 spreadsheet (国办发〔2019〕54号's layout, as standard-catalogue.ts exports it: a title
// row perhaps, two header rows with merged groups, one item per row, √ in the 公开对象/方式/层级 columns). Columns are
// found by their header text, so a province's variant order still reads; a merged 一级事项 runs down its rows.
import ExcelJS from 'exceljs';
import { invalidInput } from '../errors.ts';
import { CHANNEL_CARRIERS, type StandardItem } from './standard-catalogue.ts';

type Col =
  | 'level1'
  | 'level2'
  | 'content'
  | 'basis'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'all'
  | 'specific'
  | 'active'
  | 'onRequest'
  | 'county'
  | 'township';
const HEADERS: Record<Col, readonly string[]> = {
  level1: ['一级事项'],
  level2: ['二级事项'],
  content: ['公开内容（要素）', '公开内容'],
  basis: ['公开依据'],
  timeLimit: ['公开时限'],
  subject: ['公开主体'],
  channels: ['公开渠道和载体', '公开渠道'],
  all: ['全社会'],
  specific: ['特定群众'],
  active: ['主动'],
  onRequest: ['依申请公开', '依申请'],
  county: ['县级'],
  township: ['乡级', '乡镇级'],
};
const norm = (s: string) => s.replace(/\s/g, '').replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  return String(v).trim();
}

/** 公开渠道和载体: the ticked ones of "■政府网站 □两微一端 …", or names listed with 、 or commas. */
function channelsOf(cell: string): string[] {
  const named = cell.includes('■')
    ? [...cell.matchAll(/■\s*([^■□]+)/g)].map((m) => m[1]!.trim())
    : cell.split(/[、,，;；\s]+/).filter(Boolean);
  return CHANNEL_CARRIERS.filter((c) => named.some((n) => n === c || (c.length > 3 && n.startsWith(c.slice(0, 4)))));
}

export async function readStandardFile(
  bytes: Buffer,
): Promise<{ items: (StandardItem & { line: number })[]; problems: string[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalidInput('文件无法作为 XLSX 打开：请上传省级标准目录的 Excel 文件（.xlsx）。');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalidInput('XLSX 文件中没有工作表。');
  const at = new Map<Col, number>();
  let headerEnd = 0;
  for (let r = 1; r <= Math.min(ws.rowCount, 8); r++)
    ws.getRow(r).eachCell((c, col) => {
      const h = norm(text(c.value));
      for (const [key, names] of Object.entries(HEADERS) as [Col, readonly string[]][])
        if (!at.has(key) && names.some((n) => norm(n) === h)) {
          at.set(key, col);
          headerEnd = Math.max(headerEnd, r);
        }
    });
  const missing = (['level1', 'level2', 'content'] as const).filter((k) => !at.has(k));
  if (missing.length)
    throw invalidInput(
      `表头中找不到${missing.map((k) => `“${HEADERS[k][0]}”`).join('、')}列：请上传标准目录原表（前几行为表头）。`,
    );
  const items: (StandardItem & { line: number })[] = [];
  const problems: string[] = [];
  let level1 = '';
  for (let r = headerEnd + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (k: Col) => (at.has(k) ? text(row.getCell(at.get(k)!).value) : '');
    if (!get('level2') && !get('content') && !get('level1')) continue;
    level1 = get('level1') || level1; // a merged 一级事项 is written once, above its rows
    const tick = (k: Col) => get(k) !== '';
    const item = {
      line: r,
      level1,
      level2: get('level2'),
      content: get('content'),
      basis: get('basis'),
      timeLimit: get('timeLimit'),
      subject: get('subject'),
      channels: channelsOf(get('channels')),
      audience: tick('specific') && !tick('all') ? ('specific' as const) : ('all' as const),
      mode: tick('onRequest') && !tick('active') ? ('on_request' as const) : ('active' as const),
      tier: tick('county') && !tick('township') ? ('county' as const) : ('township' as const),
      columnId: null,
    };
    const bad = [
      !item.level1 && '一级事项为空',
      !item.level2 && '二级事项为空',
      item.content.length > 2000 && '公开内容超过 2000 个字',
    ].filter(Boolean);
    if (bad.length) problems.push(`第 ${r} 行：${bad.join('，')}`);
    else items.push(item);
  }
  if (!items.length && !problems.length) problems.push(`表头（第 ${headerEnd} 行）以下没有事项`);
  return { items, problems };
}
