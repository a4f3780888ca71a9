// `gongkai agency import file.csv`: adds or updates a tree of agencies from CSV, all or nothing.
// Columns: code,name,kind,parent_code,org_code (a header row is required). Every error names its line.
import { parse } from 'csv-parse/sync';
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { forbidden, invalidInput } from '../errors.ts';
import { AgencyFields, type AgencyInput } from './form.ts';
import { type Agency, findAgencyByCode, insertAgency, updateAgency } from './store.ts';

type Line = { line: number; input: AgencyInput };
export type ImportResult = { created: string[]; updated: string[]; unchanged: string[] };

const HEADER = ['code', 'name', 'kind', 'parent_code', 'org_code'];

export async function importAgencies(ctx: Ctx, csvText: string): Promise<ImportResult> {
  // The tree spans agencies, so only the operator (CLI) may import it; staff manage their own agency only.
  if (ctx.actor.kind !== 'system') throw forbidden('机关树只能由系统管理员在命令行导入。');
  const lines = parseLines(csvText);
  return ctx.db.transaction().execute(async (tx) => {
    const known = new Map<string, Agency>();
    const errors: string[] = [];
    const result: ImportResult = { created: [], updated: [], unchanged: [] };
    for (const { line, input } of orderParentsFirst(lines, errors)) {
      const parent = input.parentCode
        ? (known.get(input.parentCode) ?? (await findAgencyByCode(tx, ctx.scope, input.parentCode)))
        : null;
      if (input.parentCode && !parent) {
        errors.push(`第 ${line} 行：上级机关代码“${input.parentCode}”既不在文件中也不在系统中`);
        continue;
      }
      const existing = await findAgencyByCode(tx, ctx.scope, input.code);
      if (existing) {
        if ((existing.parentId ?? null) !== (parent?.id ?? null)) {
          errors.push(`第 ${line} 行：机关“${input.code}”已存在且上级不同；不能通过导入移动机关`);
          continue;
        }
        known.set(input.code, existing);
        if (existing.name === input.name && existing.kind === input.kind && existing.orgCode === input.orgCode) {
          result.unchanged.push(input.code);
          continue;
        }
        await updateAgency(tx, existing.id, input);
        await record(tx, ctx, {
          action: 'agency.updated',
          objectType: 'agency',
          objectId: existing.id,
          agencyId: existing.id,
          summary: {
            code: input.code,
            before: { name: existing.name, kind: existing.kind, orgCode: existing.orgCode },
            after: { name: input.name, kind: input.kind, orgCode: input.orgCode },
          },
        });
        result.updated.push(input.code);
        continue;
      }
      const agency = await insertAgency(tx, { ...input, parent: parent ?? null, now: ctx.now.toISOString() });
      known.set(input.code, agency);
      await record(tx, ctx, {
        action: 'agency.created',
        objectType: 'agency',
        objectId: agency.id,
        agencyId: agency.id,
        summary: { code: agency.code, name: agency.name, kind: agency.kind, parent: parent?.code ?? null },
      });
      result.created.push(input.code);
    }
    if (errors.length) throw invalidInput(`导入失败，未写入任何数据：\n${errors.join('\n')}`);
    return result;
  });
}

function parseLines(csvText: string): Line[] {
  let records: string[][];
  try {
    records = parse(csvText.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw invalidInput(`CSV 格式有误${line ? `（第 ${line} 行附近）` : ''}：请检查引号和逗号。`);
  }
  const [header, ...rows] = records;
  if (!header || HEADER.some((h, i) => (header[i] ?? '').toLowerCase() !== h)) {
    throw invalidInput(`第 1 行：表头应为 ${HEADER.join(',')}`);
  }
  const errors: string[] = [];
  const lines: Line[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    const parsed = AgencyFields.safeParse({
      code: cells[0] ?? '',
      name: cells[1] ?? '',
      kind: cells[2] ?? '',
      parentCode: cells[3],
      orgCode: cells[4],
    });
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((iss) => `第 ${line} 行（${String(iss.path[0] ?? '')}）：${iss.message}`));
      return;
    }
    const dup = seen.get(parsed.data.code);
    if (dup) errors.push(`第 ${line} 行：机关代码“${parsed.data.code}”与第 ${dup} 行重复`);
    seen.set(parsed.data.code, line);
    lines.push({ line, input: parsed.data });
  });
  if (errors.length) throw invalidInput(`导入失败，未写入任何数据：\n${errors.join('\n')}`);
  return lines;
}

/** A parent listed below its child is fine: order the lines so each parent in the file comes first. */
function orderParentsFirst(lines: Line[], errors: string[]): Line[] {
  const byCode = new Map(lines.map((l) => [l.input.code, l]));
  const out: Line[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (l: Line): void => {
    const s = state.get(l.input.code);
    if (s === 'done') return;
    if (s === 'visiting') {
      errors.push(`第 ${l.line} 行：上级关系成环（${l.input.code}）`);
      return;
    }
    state.set(l.input.code, 'visiting');
    const parent = l.input.parentCode ? byCode.get(l.input.parentCode) : undefined;
    if (parent) visit(parent);
    state.set(l.input.code, 'done');
    out.push(l);
  };
  lines.forEach(visit);
  return out;
}
