// Moving in: the 依申请公开 cases an agency handled before it used gongkai (received, answered, with their outcome in
// the national taxonomy), so the year's 表三 is complete when it starts mid-year. Each is written closed and archived
// with its episode, so the annual report counts it exactly like a live case; it carries an import mark, so the report
// can say which figures include imported cases. Dry run, all or nothing, one audit record, Chinese line problems.
import { createHash, randomBytes } from 'node:crypto';
import { findAgencyByCode } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { insertImportBatch } from '../db/import-batches.ts';
import { readTableFile } from '../documents/table-file.ts';
import { DomainError, notFound } from '../errors.ts';
import { sealer } from '../privacy/seal.ts';
import { chinaToday } from '../time.ts';
import { CASE_FIELDS, checkCaseRow, closingStep, type ImportedCase } from './import-rows.ts';
import { insertClosedCase, takenNumbers } from './import-store.ts';
import { OUTCOMES } from './outcomes.ts';
import type { NewRequestRow } from './store.ts';

export type CaseImportReport = {
  rows: number;
  years: number[];
  problems: string[];
  written: boolean;
  importId: number | null;
};
export type CaseImportOptions = { dryRun: boolean; onProgress?: (done: number, total: number) => void };

export async function importCases(
  ctx: Ctx,
  agencyCode: string,
  source: { filename: string; bytes: Buffer },
  opts: CaseImportOptions,
): Promise<CaseImportReport> {
  const agency = await findAgencyByCode(ctx.db, ctx.writeScope, agencyCode);
  if (!agency) throw notFound('机关');
  authorize(canWriteAgency(ctx.actor, agency.id, 'request.handle'));
  const rows = await readTableFile(source.bytes, CASE_FIELDS);
  const problems: string[] = rows.length ? [] : ['文件中没有数据行（第 1 行是表头，申请从第 2 行起）'];
  const today = chinaToday(ctx.now);
  const cases: (ImportedCase & { number: string })[] = [];
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    opts.onProgress?.(i, rows.length * 2);
    const r = checkCaseRow(row, today);
    if ('problems' in r) {
      problems.push(...r.problems);
      continue;
    }
    // A case without its old number gets one made from its content: importing the same file twice is then refused.
    const number = r.case.number ?? legacyNumber(agency.id, r.case);
    const first = seen.get(number);
    if (first) problems.push(`第 ${r.case.line} 行：申请编号“${number}”与第 ${first} 行重复`);
    seen.set(number, r.case.line);
    cases.push({ ...r.case, number });
  }
  const taken = await takenNumbers(ctx.db, [...seen.keys()]);
  for (const c of cases)
    if (taken.has(c.number)) problems.push(`第 ${c.line} 行：申请编号“${c.number}”已在系统中（这一行可能已导入过）`);
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  const years = [...new Set(cases.map((c) => Number(c.receivedOn.slice(0, 4))))].sort();
  const report = { rows: rows.length, years, problems, written: false, importId: null };
  if (problems.length || opts.dryRun) return report;
  const now = ctx.now.toISOString();
  const actor = ctx.actor.kind === 'staff' ? ctx.actor.displayName : '系统';
  const s = sealer(ctx.config);
  const importId = await ctx.db.transaction().execute(async (tx) => {
    const raced = await takenNumbers(
      tx,
      cases.map((c) => c.number),
    );
    if (raced.size)
      throw new DomainError(
        'conflict',
        `申请编号 ${[...raced].slice(0, 5).join('、')} 在检查后已被使用，未写入任何数据；请重新导入。`,
      );
    const sha256 = createHash('sha256').update(source.bytes).digest('hex');
    const id = await insertImportBatch(tx, {
      agencyId: agency.id,
      kind: 'requests',
      filename: source.filename,
      sha256,
      rows: cases.length,
      actorName: actor,
      now,
    });
    for (const [i, c] of cases.entries()) {
      opts.onProgress?.(cases.length + i, cases.length * 2);
      const close = closingStep(c.outcome);
      await insertClosedCase(tx, {
        row: caseRow(agency.id, c, now, s.lookupHash(`import:${agency.id}:${c.number}`)),
        closedOn: c.closedOn,
        steps: [
          { type: close.type, stateAfter: close.state },
          { type: 'archived', stateAfter: 'archived' },
        ],
        actor,
        at: now,
        importId: id,
        line: c.line,
      });
    }
    await record(tx, ctx, {
      action: 'requests.imported',
      objectType: 'import_batch',
      objectId: id,
      agencyId: agency.id,
      summary: { file: source.filename, sha256, rows: cases.length, years },
    });
    return id;
  });
  opts.onProgress?.(1, 1);
  return { ...report, written: true, importId };
}

const lineOf = (problem: string) => Number(/^第 (\d+) 行/.exec(problem)?.[1] ?? 0);

function legacyNumber(agencyId: number, c: ImportedCase): string {
  const h = createHash('sha256')
    .update(JSON.stringify([agencyId, c.receivedOn, c.closedOn, c.kind, c.name, c.title, c.outcome]))
    .digest('hex');
  return `DR${c.receivedOn.replace(/-/g, '')}${h.slice(0, 8).toUpperCase()}`;
}

function caseRow(
  agencyId: number,
  c: ImportedCase & { number: string },
  now: string,
  applicantHash: string,
): NewRequestRow {
  return {
    agency_id: agencyId,
    number: c.number,
    access_hash: randomBytes(32).toString('hex'), // no 查询码: an imported case is not tracked on the portal
    submit_nonce: null,
    submit_fingerprint: null,
    receipt_sealed: null,
    channel: c.channel,
    receipt_evidence: null,
    received_on: c.receivedOn,
    state: 'archived',
    applicant_kind: c.kind,
    applicant_name: c.name,
    applicant_hash: applicantHash,
    id_type: null,
    id_number_sealed: null,
    org_code: null,
    legal_rep: null,
    contact_person: null,
    phone_sealed: null,
    email: null,
    email_sealed: null,
    address_sealed: null,
    info_title: c.title,
    info_doc_number: null,
    info_description: c.title,
    form_wanted: 'paper',
    delivery: 'pickup',
    handler_user_id: null,
    outcome: c.outcome,
    outcome_basis: OUTCOMES[c.outcome].basis,
    transferred_from: null,
    created_at: now,
    updated_at: now,
  };
}
