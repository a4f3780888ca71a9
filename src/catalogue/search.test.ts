// Chinese search recall on the database under test: two-character words (低保, 医保) are found, so are 文号, words in
// attachment text and ≥3-character substrings jieba does not cut out; drafts and withdrawn entries are never found.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { columnId, draftInput, staffCtx, xlsxFile } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import type { Agency } from '../agencies/store.ts';
import type { Ctx } from '../context.ts';
import { snippet } from '../search/highlight.ts';
import { addAttachment } from './add-attachment.ts';
import type { EntryInput } from './form.ts';
import { createEntry } from './create-entry.ts';
import { listPublished } from './public-store.ts';
import { publishEntry } from './publish-entry.ts';
import { reviewEntry } from './review-entry.ts';
import { findEntry } from './store.ts';
import { withdrawEntry } from './withdraw-entry.ts';

describe(`${DIALECT}: catalogue search`, () => {
  let t: TestDb;
  let agency: Agency, other: Agency;
  let clerk: Ctx, secrecy: Ctx, reviewer: Ctx, otherClerk: Ctx;
  let col: number;
  const ids: Record<string, number> = {};
  const get = async (id: number) => (await findEntry(t.db, { kind: 'system' }, id))!;
  const publish = async (c: Ctx, o: Partial<EntryInput>, attach?: Buffer) => {
    const { id } = await createEntry(
      c,
      (c.actor as { agencyCode: string }).agencyCode,
      draftInput(c === clerk ? col : await columnId(t, other), o),
    );
    if (attach) await addAttachment(c, id, { filename: '附件.xlsx', bytes: attach });
    for (const [ctx, action] of [
      [c, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, id, { action, comment: '', version: (await get(id)).version });
    await publishEntry(reviewer, id, (await get(id)).version);
    return id;
  };
  const search = async (q: string, a = agency) =>
    (await listPublished(t.db, a, ['id'], { q }, 1)).items.map((e) => e.id).sort();

  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township' });
    other = await buildAgency(t, { kind: 'township' });
    [clerk, secrecy, reviewer, otherClerk] = await Promise.all([
      staffCtx(t, agency, ['clerk']),
      staffCtx(t, agency, ['secrecy_reviewer']),
      staffCtx(t, agency, ['reviewer']),
      staffCtx(t, other, ['clerk']),
    ]);
    col = await columnId(t, agency);
    ids.dibao = await publish(clerk, {
      title: '城乡低保对象复核结果公示',
      summary: '第一季度复核',
      body: '现予公示。',
      docNo: '东政〔2026〕3号',
    });
    ids.yibao = await publish(clerk, {
      title: '关于做好2026年度城乡居民医保集中缴费工作的通知',
      summary: '缴费期限和方式',
      body: '请各村组织缴费。',
      docNo: null,
    });
    ids.attach = await publish(
      clerk,
      { title: '春耕备耕物资发放名单', summary: '发放情况', body: '详见附件。', docNo: null },
      await xlsxFile([
        ['村', '物资'],
        ['和平村', '复合肥料'],
      ]),
    );
    ids.board = await publish(clerk, {
      title: '镇政府信息公开栏管理办法',
      summary: '公开栏更新要求',
      body: '各村按月更新。',
      docNo: null,
    });
    ids.withdrawn = await publish(clerk, {
      title: '低保资金发放（已撤下）',
      summary: '撤下测试',
      body: '低保',
      docNo: null,
    });
    await withdrawEntry(reviewer, ids.withdrawn, { reason: '重复发布', version: (await get(ids.withdrawn)).version });
    ids.draft = (await createEntry(clerk, agency.code, draftInput(col, { title: '低保草稿，不得公开' }))).id;
    secrecy = await staffCtx(t, other, ['secrecy_reviewer']);
    reviewer = await staffCtx(t, other, ['reviewer']);
    ids.otherAgency = await publish(otherClerk, {
      title: '低保公示（其他乡镇）',
      summary: '其他',
      body: '其他',
      docNo: null,
    });
  });
  after(async () => t.close());

  test('two-character words are found: 低保 and 医保', async () => {
    assert.deepEqual(await search('低保'), [ids.dibao]);
    assert.deepEqual(await search('医保'), [ids.yibao]);
  });

  test('several words must all be present; 文号 and attachment text are searched', async () => {
    assert.deepEqual(await search('低保 复核'), [ids.dibao]);
    assert.deepEqual(await search('低保 医保'), []);
    assert.deepEqual(await search('东政〔2026〕3号'), [ids.dibao]);
    assert.deepEqual(await search('复合肥料'), [ids.attach]);
  });

  test('a compound jieba does not cut out is found as a substring', async () => {
    assert.deepEqual(await search('信息公开栏'), [ids.board]);
    assert.deepEqual(await search('公开栏管理'), [ids.board]);
    assert.deepEqual(await search('年度城乡居民医保'), [ids.yibao], 'a phrase across word boundaries');
    assert.deepEqual(await search('2026年度城乡'), [ids.yibao], 'digits and Han together');
  });

  test('a phrase is matched as a whole: its character pairs present apart are not a hit', async () => {
    // 春耕备耕物资 holds 备耕 and 耕备, but not 备耕备.
    assert.deepEqual(await search('备耕备'), []);
    assert.deepEqual(await search('耕备耕'), [ids.attach]);
  });

  test('drafts, withdrawn entries and other agencies never appear; punctuation-only queries find nothing', async () => {
    const found = await search('低保');
    assert.ok(!found.includes(ids.draft!) && !found.includes(ids.withdrawn!) && !found.includes(ids.otherAgency!));
    assert.deepEqual(await search('低保', other), [ids.otherAgency]);
    assert.deepEqual(await search('"*:()'), []);
    assert.deepEqual(await search("' OR 1=1 --"), []);
  });

  test('the snippet highlights the query words', () => {
    const parts = snippet('关于做好2026年度城乡居民医保集中缴费工作的通知', '医保 缴费');
    assert.deepEqual(
      parts.filter((p) => p.hit).map((p) => p.text),
      ['医保', '缴费'],
    );
  });
});
