// Moving in: the published entries of an old site, from its export (XLSX or CSV), become public at once as imported
// entries that keep their legacy 索引号, 成文日期 and 发布日期. Every row passes the sensitive-content scanner first: a row
// it stops is listed and written as a draft holding its findings (a clerk resolves them and sends it through review),
// never published. A dry run checks everything and writes nothing; a real run writes everything, with one audit
// record, in one transaction, or nothing when any line has a problem (each named by its line, in Chinese).
import { createHash } from 'node:crypto';
import { findAgencyByCode } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { insertImportBatch } from '../db/import-batches.ts';
import { bumpPublicVersion } from '../db/public-version.ts';
import { readTableFile } from '../documents/table-file.ts';
import { DomainError, notFound } from '../errors.ts';
import { extractText } from '../files/extract-text.ts';
import { MAX_ATTACHMENT_BYTES, MIME, sniffType } from '../files/sniff.ts';
import { indexNewEntries, type SearchEntry } from '../search/search.ts';
import { chinaToday } from '../time.ts';
import { listColumns } from './column-store.ts';
import { columnTemplate } from './columns.ts';
import { ensureCatalogue } from './ensure-catalogue.ts';
import { checkEntryRow, ENTRY_FIELDS, type ImportedEntry } from './import-rows.ts';
import { insertImportedEntry, markImportedEntries, raiseSerial, takenIndexNos } from './import-store.ts';
import { INDEX_NO, orgPrefix } from './item.ts';
import { actorId, actorName } from './load.ts';
import { scanEntry } from './scan-entry.ts';
import { screenEntry } from './screening.ts';
import { searchEntryOf } from './search-doc.ts';
import { findEntry, insertAttachment } from './store.ts';
import { putBlob } from '../files/blobs.ts';
import type { Attachment } from './entry.ts';

/** The file and where its attachments are: paths relative to it (undefined: no such file). */
export type ImportSource = { filename: string; bytes: Buffer; attachment(path: string): Promise<Buffer | undefined> };
export type ImportOptions = { dryRun: boolean; onProgress?: (done: number, total: number) => void };
export type StoppedRow = { line: number; indexNo: string; title: string; findings: string[] };
export type CatalogueImportReport = {
  rows: number;
  /** Entries public (or, in a dry run, that would be). */
  published: number;
  stopped: StoppedRow[];
  problems: string[];
  written: boolean;
  importId: number | null;
};

type Ready = ImportedEntry & { files: (Omit<Attachment, 'id' | 'entryId' | 'sha256'> & { bytes: Buffer })[] };

export async function importCatalogue(
  ctx: Ctx,
  agencyCode: string,
  source: ImportSource,
  opts: ImportOptions,
): Promise<CatalogueImportReport> {
  const agency = await findAgencyByCode(ctx.db, ctx.writeScope, agencyCode);
  if (!agency) throw notFound('机关');
  // Imported entries are public at once: only who may publish may import them.
  authorize(canWriteAgency(ctx.actor, agency.id, 'catalogue.publish'));
  const rows = await readTableFile(source.bytes, ENTRY_FIELDS);
  const problems: string[] = rows.length ? [] : ['文件中没有数据行（第 1 行是表头，信息从第 2 行起）'];
  const today = chinaToday(ctx.now);
  const ready: Ready[] = [];
  const seen = new Map<string, number>();
  const columns = await listColumns(ctx.db, agency.id);
  const columnNames = columns.length ? columns.map((c) => c.name) : columnTemplate(agency.kind).map((c) => c.name);
  for (const [i, row] of rows.entries()) {
    opts.onProgress?.(i, rows.length * 2);
    const r = checkEntryRow(row, { today, publisher: agency.name });
    if ('problems' in r) {
      problems.push(...r.problems);
      continue;
    }
    const e = r.entry;
    const first = seen.get(e.indexNo);
    if (first) problems.push(`第 ${e.line} 行：索引号“${e.indexNo}”与第 ${first} 行重复`);
    seen.set(e.indexNo, e.line);
    if (!columnNames.includes(e.columnName))
      problems.push(`第 ${e.line} 行：栏目“${e.columnName}”不存在（请先在栏目管理中添加，或改为已有栏目）`);
    const files = await readAttachments(e, source, problems);
    if (files) ready.push({ ...e, files });
  }
  const taken = await takenIndexNos(ctx.db, [...seen.keys()]);
  for (const e of ready)
    if (taken.has(e.indexNo)) problems.push(`第 ${e.line} 行：索引号“${e.indexNo}”已被系统中的其他信息使用`);
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  const stopped = ready.flatMap((e) => {
    const findings = screenEntry(
      e.content,
      e.files.map((f, n) => ({ ...f, id: -n - 1, entryId: 0, sha256: '' })),
    );
    return findings.length
      ? [{ line: e.line, indexNo: e.indexNo, title: e.content.title, findings: findings.map((f) => f.excerpt) }]
      : [];
  });
  const report = {
    rows: rows.length,
    published: ready.length - stopped.length,
    stopped,
    problems,
    written: false,
    importId: null,
  };
  if (problems.length || opts.dryRun) return report;
  const importId = await write(ctx, agency, source, ready, new Set(stopped.map((s) => s.line)), opts);
  return { ...report, written: true, importId };
}

const lineOf = (problem: string) => Number(/^第 (\d+) 行/.exec(problem)?.[1] ?? 0);

async function readAttachments(e: ImportedEntry, source: ImportSource, problems: string[]) {
  const files: Ready['files'] = [];
  for (const path of e.attachments) {
    const at = `第 ${e.line} 行：附件“${path}”`;
    const bytes =
      /(^|[\\/])\.\.([\\/]|$)/.test(path) || /^([\\/]|[a-zA-Z]:)/.test(path)
        ? undefined
        : await source.attachment(path);
    if (!bytes) {
      problems.push(`${at}找不到（路径相对于导入文件所在的文件夹）`);
      continue;
    }
    const type = sniffType(bytes);
    if (!type) problems.push(`${at}不是 PDF、DOCX、XLSX、PNG 或 JPEG 文件`);
    else if (bytes.length > MAX_ATTACHMENT_BYTES) problems.push(`${at}超过 20 MB`);
    else
      files.push({
        filename: path.split(/[\\/]/).pop()!,
        mime: MIME[type],
        size: bytes.length,
        text: await extractText(type, bytes),
        bytes,
      });
  }
  return files.length === e.attachments.length ? files : undefined;
}

async function write(
  ctx: Ctx,
  agency: NonNullable<Awaited<ReturnType<typeof findAgencyByCode>>>,
  source: ImportSource,
  ready: readonly Ready[],
  stopped: ReadonlySet<number>,
  opts: ImportOptions,
): Promise<number> {
  const now = ctx.now.toISOString();
  const prefix = orgPrefix(agency.orgCode, agency.id);
  return ctx.db.transaction().execute(async (tx) => {
    // Checked again inside the transaction: an entry drafted meanwhile may have taken a number (unique).
    const raced = await takenIndexNos(
      tx,
      ready.map((e) => e.indexNo),
    );
    if (raced.size)
      throw new DomainError(
        'conflict',
        `索引号 ${[...raced].slice(0, 5).join('、')} 在检查后已被使用，未写入任何数据；请重新导入。`,
      );
    const { columns } = await ensureCatalogue(tx, ctx, agency);
    const columnId = new Map(columns.map((c) => [c.name, c.id]));
    const sha256 = createHash('sha256').update(source.bytes).digest('hex');
    const importId = await insertImportBatch(tx, {
      agencyId: agency.id,
      kind: 'catalogue',
      filename: source.filename,
      sha256,
      rows: ready.length,
      actorName: actorName(ctx),
      now,
    });
    const marks: { entryId: number; line: number }[] = [];
    const indexed: SearchEntry[] = [];
    const serials = new Map<number, number>();
    for (const [i, e] of ready.entries()) {
      opts.onProgress?.(ready.length + i, ready.length * 2);
      const content = { ...e.content, columnId: columnId.get(e.columnName)! };
      const held = stopped.has(e.line);
      const entryId = await insertImportedEntry(tx, {
        agencyId: agency.id,
        indexNo: e.indexNo,
        publishedOn: e.publishedOn,
        state: held ? 'draft' : 'published',
        content,
        authorId: actorId(ctx),
        authorName: actorName(ctx),
        now,
      });
      const attachments = [];
      for (const f of e.files) {
        const sha = await putBlob(tx, ctx.config, f.bytes);
        const { bytes: _, ...meta } = f;
        attachments.push(meta);
        await insertAttachment(tx, { ...meta, entryId, sha256: sha, now });
      }
      marks.push({ entryId, line: e.line });
      if (held) await scanEntry(tx, ctx, (await findEntry(tx, ctx.writeScope, entryId))!);
      else
        indexed.push(
          searchEntryOf(
            { ...content, id: entryId, agencyId: agency.id, publishedOn: e.publishedOn },
            attachments,
            agency.path,
          ),
        );
      // A legacy number of the agency's own shape holds its year's serial: new entries count on after it.
      if (INDEX_NO.test(e.indexNo) && e.indexNo.startsWith(`${prefix}/`)) {
        const year = Number(e.indexNo.slice(10, 14));
        serials.set(year, Math.max(serials.get(year) ?? 0, Number(e.indexNo.slice(15))));
      }
    }
    for (const [year, serial] of serials) await raiseSerial(tx, agency.id, year, serial);
    await markImportedEntries(tx, importId, marks);
    for (let i = 0; i < indexed.length; i += 500) await indexNewEntries(tx, ctx.db.dialect, indexed.slice(i, i + 500));
    await bumpPublicVersion(tx, agency.id);
    await record(tx, ctx, {
      action: 'catalogue.imported',
      objectType: 'import_batch',
      objectId: importId,
      agencyId: agency.id,
      summary: {
        file: source.filename,
        sha256,
        rows: ready.length,
        published: ready.length - stopped.size,
        stopped: stopped.size,
      },
    });
    opts.onProgress?.(ready.length * 2, ready.length * 2);
    return importId;
  });
}
