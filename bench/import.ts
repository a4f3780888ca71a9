// Moving-in benchmark: an old site's export of 10,000 published entries and a spreadsheet of 1,000 cases handled before
// the move, generated as XLSX and imported through the use cases (read, check every line, scan, write, index, audit),
// timed beside the floor measured in the same run: bare INSERTs of the same rows in one transaction (no file, no check,
// no scanner, no search index).
//   node --import tsx bench/import.ts                 10,000 entries, 1,000 cases on SQLite (DATABASE_URL: PostgreSQL,
//   --entries N --cases M                             in a database of its own: its public schema is emptied first)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { importAgencies } from '../src/agencies/import-agencies.ts';
import { findPublicAgency } from '../src/agencies/store.ts';
import { ensureCatalogue } from '../src/catalogue/ensure-catalogue.ts';
import { importCatalogue } from '../src/catalogue/import-entries.ts';
import { loadConfig } from '../src/config.ts';
import { makeCtx } from '../src/context.ts';
import { openDb } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { importCases } from '../src/requests/import-cases.ts';
import { addUser } from '../src/staff/add-user.ts';
import { actAs } from '../src/staff/act-as.ts';
import { needPostgres } from './needs.ts';

const { values: a } = parseArgs({
  options: { entries: { type: 'string', default: '10000' }, cases: { type: 'string', default: '1000' } },
});
const ENTRIES = Number(a.entries);
const CASES = Number(a.cases);
const log = (m: string) => process.stderr.write(`${m}\n`);

const PLACES = ['东和村', '西岭村', '南塘村', '北坪村', '石桥村', '柳湾村', '枫林村', '竹园村'];
const THINGS = [
  '村道硬化工程',
  '农田水利设施',
  '低保对象复核',
  '危房改造',
  '防汛抗旱预案',
  '秸秆禁烧',
  '人居环境整治',
  '高标准农田',
];
const KINDS = ['竣工验收公示', '实施方案', '工作通知', '进展情况', '资金使用情况'];
const COLUMNS = ['通知公告', '政策文件', '规划计划', '财政预决算'];
const OUTCOMES = [
  '予以公开',
  '部分公开（区分处理）',
  '属于国家秘密',
  '无法提供：本机关不掌握相关政府信息',
  '申请人撤回申请',
];
const APPLICANTS = ['自然人', '自然人', '自然人', '商业企业', '其他'];
const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!;
const day = (i: number, base: number) =>
  new Date(Date.UTC(2019, 0, 1) + ((i * 37 + base) % 1800) * 86_400_000).toISOString().slice(0, 10);

type EntryRow = [string, string, string, string, string, string, string, string];
function entryRow(i: number): EntryRow {
  const formed = day(i, 0);
  const published = new Date(Date.parse(formed) + (i % 5) * 86_400_000).toISOString().slice(0, 10);
  const title = `关于${pick(PLACES, i)}${pick(THINGS, i * 7 + 3)}${pick(KINDS, i * 3 + 1)}（第${i + 1}期）`;
  const body = `${title}。根据乡党委、政府工作安排，${pick(PLACES, i + 2)}${pick(THINGS, i)}已按计划推进，现将有关情况公开如下：一、工作进展；二、资金安排；三、下一步工作。欢迎社会各界监督。`;
  const indexNo = `LEGACY/${formed.slice(0, 4)}-${String(i + 1).padStart(6, '0')}`;
  return [
    title,
    indexNo,
    `东政发〔${formed.slice(0, 4)}〕${(i % 90) + 1}号`,
    formed,
    published,
    pick(COLUMNS, i),
    '综合政务',
    body,
  ];
}
type CaseRow = [string, string, string, string, string, string, string];
function caseRow(i: number): CaseRow {
  const received = `2026-${String((i % 5) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const closed = new Date(Date.parse(received) + 12 * 86_400_000).toISOString().slice(0, 10);
  return [
    `LEG${String(i + 1).padStart(6, '0')}`,
    received,
    pick(APPLICANTS, i),
    `申请人${i}`,
    `${pick(THINGS, i)}相关材料`,
    pick(OUTCOMES, i * 3),
    closed,
  ];
}

async function xlsx(header: string[], rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导出');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const secret = randomBytes(32).toString('hex');
const wanted = loadConfig({ ...process.env, GONGKAI_SECRET: secret }).database;
if (wanted.kind === 'postgres') await needPostgres(wanted.url);
const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
const config = loadConfig({ ...process.env, GONGKAI_DATA_DIR: dir, GONGKAI_SECRET: secret });
const db = openDb(config.database);
try {
  if (db.dialect === 'postgres') await sql`drop schema public cascade; create schema public`.execute(db);
  await migrate(db);
  const system = makeCtx({ db, config }, { kind: 'system', label: 'bench' });
  await importAgencies(system, 'code,name,kind,parent_code,org_code\nbench-town,示范乡人民政府,township,,\n');
  await addUser(system, 'bench-town', {
    username: 'bench-head',
    displayName: '负责人',
    password: secret,
    roles: ['head', 'clerk'],
  });
  const ctx = makeCtx({ db, config }, await actAs(db, 'bench-head'));
  const agency = (await findPublicAgency(db, 'bench-town'))!;

  const entries = Array.from({ length: ENTRIES }, (_, i) => entryRow(i));
  const cases = Array.from({ length: CASES }, (_, i) => caseRow(i));
  const g0 = performance.now();
  const entryFile = await xlsx(['标题', '索引号', '文号', '成文日期', '发布日期', '栏目', '主题分类', '正文'], entries);
  const caseFile = await xlsx(
    ['申请编号', '收到申请日期', '申请人类型', '申请人', '所需信息', '办理结果', '答复日期'],
    cases,
  );
  log(
    `generated ${ENTRIES} entries (${(entryFile.length / 1e6).toFixed(1)} MB) and ${CASES} cases as XLSX in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
  );

  // The floor: the same rows, bare INSERTs in one transaction (then rolled back, so the import finds the table as it was).
  const timed = async (fn: () => Promise<unknown>) => {
    const s = performance.now();
    await fn();
    return performance.now() - s;
  };
  const rollback = new Error('floor measured');
  const floor = async (insert: (tx: typeof db) => Promise<void>) => {
    let ms = 0;
    await db
      .transaction()
      .execute(async (tx) => {
        ms = await timed(() => insert(tx as unknown as typeof db));
        throw rollback;
      })
      .catch((e) => {
        if (e !== rollback) throw e;
      });
    return ms;
  };
  await ensureCatalogue(db, ctx, agency); // the agency's columns, as its first catalogue use makes them
  const column = Number(
    (await db.selectFrom('catalogue_columns').select('id').where('agency_id', '=', agency.id).executeTakeFirstOrThrow())
      .id,
  );
  const now = new Date().toISOString();
  const entryFloor = await floor(async (tx) => {
    for (const e of entries)
      await tx
        .insertInto('catalogue_entries')
        .values({
          agency_id: agency.id,
          column_id: column,
          index_no: e[1],
          title: e[0],
          summary: e[0],
          publisher: '示范乡人民政府',
          formed_on: e[3],
          published_on: e[4],
          doc_no: e[2],
          topic: e[6],
          genre: 'other',
          disclosure: 'active',
          withheld_reason: null,
          validity: 'valid',
          repealed_on: null,
          body: e[7],
          state: 'published',
          version: 1,
          author_id: ctx.actor.kind === 'staff' ? ctx.actor.userId : 0,
          author_name: '负责人',
          reviewer_name: null,
          publisher_name: '负责人',
          created_at: now,
          updated_at: now,
          corrects_id: null,
          correction_reason: null,
        })
        .execute();
  });
  const caseFloor = await floor(async (tx) => {
    for (const c of cases) {
      const r = await tx
        .insertInto('requests')
        .values({
          agency_id: agency.id,
          number: c[0],
          access_hash: 'x',
          submit_nonce: null,
          submit_fingerprint: null,
          receipt_sealed: null,
          channel: 'in_person',
          receipt_evidence: null,
          received_on: c[1],
          state: 'archived',
          applicant_kind: 'natural',
          applicant_name: c[3],
          applicant_hash: 'x',
          id_type: null,
          id_number_sealed: null,
          org_code: null,
          legal_rep: null,
          contact_person: null,
          phone_sealed: null,
          email: null,
          email_sealed: null,
          address_sealed: null,
          info_title: c[4],
          info_doc_number: null,
          info_description: c[4],
          form_wanted: 'paper',
          delivery: 'pickup',
          handler_user_id: null,
          outcome: 'disclosed',
          outcome_basis: null,
          transferred_from: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('request_episodes')
        .values({
          agency_id: agency.id,
          request_id: Number(r.id),
          applicant_kind: 'natural',
          started_on: c[1],
          closed_on: c[6],
          outcome: 'disclosed',
        })
        .execute();
    }
  });

  const none = async () => undefined;
  const entrySource = { filename: 'legacy.xlsx', bytes: entryFile, attachment: none };
  let dry = 0;
  let real = 0;
  let published = 0;
  dry = await timed(async () => {
    const r = await importCatalogue(ctx, agency.code, entrySource, { dryRun: true });
    if (r.problems.length) throw new Error(r.problems.slice(0, 5).join('\n'));
  });
  real = await timed(async () => {
    const r = await importCatalogue(ctx, agency.code, entrySource, { dryRun: false });
    if (!r.written) throw new Error(r.problems.slice(0, 5).join('\n'));
    published = r.published;
  });
  let caseDry = 0;
  let caseReal = 0;
  caseDry = await timed(() =>
    importCases(ctx, agency.code, { filename: 'cases.xlsx', bytes: caseFile }, { dryRun: true }),
  );
  caseReal = await timed(async () => {
    const r = await importCases(ctx, agency.code, { filename: 'cases.xlsx', bytes: caseFile }, { dryRun: false });
    if (!r.written) throw new Error(r.problems.slice(0, 5).join('\n'));
  });
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
  console.log(`moving in from XLSX (${db.dialect}): ${ENTRIES} legacy entries, ${CASES} cases`);
  console.log(`  floor: bare INSERTs of the ${ENTRIES} entries in one transaction      ${s(entryFloor)}`);
  console.log(`  gongkai: catalogue import --dry-run (read, check, scan)       ${s(dry)}`);
  console.log(
    `  gongkai: catalogue import (… + write, attach, index, audit)  ${s(real)}   ratio ${(real / entryFloor).toFixed(1)}x; ${published} public`,
  );
  console.log(`  floor: bare INSERTs of the ${CASES} cases (+ episodes) in one transaction  ${s(caseFloor)}`);
  console.log(`  gongkai: requests import --dry-run                            ${s(caseDry)}`);
  console.log(
    `  gongkai: requests import                                      ${s(caseReal)}   ratio ${(caseReal / caseFloor).toFixed(1)}x`,
  );
} finally {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
