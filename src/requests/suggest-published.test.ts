// Suggestions of published catalogue items while an applicant types, on the database under test: a matching published
// entry is suggested with its 索引号 and link; drafts, withdrawn entries, 不予公开 (涉密) entries and other agencies'
// entries never are, however well they match.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { columnId, draftInput, staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import type { Agency } from '../agencies/store.ts';
import { createEntry } from '../catalogue/create-entry.ts';
import type { EntryInput } from '../catalogue/form.ts';
import { publishEntry } from '../catalogue/publish-entry.ts';
import { reviewEntry } from '../catalogue/review-entry.ts';
import { findEntry } from '../catalogue/store.ts';
import { withdrawEntry } from '../catalogue/withdraw-entry.ts';
import type { Ctx } from '../context.ts';
import { keyWords, suggestPublished } from './suggest-published.ts';

describe(`${DIALECT}: catalogue suggestions on the application form`, () => {
  let t: TestDb;
  let agency: Agency, other: Agency;
  const ids: Record<string, number> = {};
  const get = async (id: number) => (await findEntry(t.db, { kind: 'system' }, id))!;
  const publish = async (a: Agency, o: Partial<EntryInput>) => {
    const [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(t, a, ['clerk']),
      staffCtx(t, a, ['secrecy_reviewer']),
      staffCtx(t, a, ['reviewer']),
    ]);
    const { id } = await createEntry(clerk, a.code, draftInput(await columnId(t, a), o));
    for (const [ctx, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as [Ctx, 'submit' | 'approve'][])
      await reviewEntry(ctx, id, { action, comment: '', version: (await get(id)).version });
    await publishEntry(reviewer, id, (await get(id)).version);
    return { id, reviewer };
  };
  const titles = async (text: string, a = agency) => (await suggestPublished(t.db, a.code, text)).map((s) => s.title);

  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township', name: '东和乡人民政府' });
    other = await buildAgency(t, { kind: 'township' });
    ids.roads = (
      await publish(agency, {
        title: '东和乡2025年乡道维修工程施工合同公示',
        summary: '乡道维修施工合同金额与工期',
        body: '经费预算见附表。',
      })
    ).id;
    ids.dibao = (
      await publish(agency, { title: '城乡低保对象复核结果公示', summary: '第一季度复核', body: '现予公示。' })
    ).id;
    const w = await publish(agency, {
      title: '乡道维修经费决算（已撤下）',
      summary: '乡道维修经费决算',
      body: '施工合同',
    });
    await withdrawEntry(w.reviewer, w.id, { reason: '重复发布', version: (await get(w.id)).version });
    const clerk = await staffCtx(t, agency, ['clerk']);
    await createEntry(
      clerk,
      agency.code,
      draftInput(await columnId(t, agency), { title: '乡道维修经费预算草稿', summary: '乡道维修施工合同草稿' }),
    );
    await createEntry(
      clerk,
      agency.code,
      draftInput(await columnId(t, agency), {
        title: '乡道维修涉密工程图纸',
        summary: '乡道维修施工合同',
        disclosure: 'withheld',
        withheldReason: '涉及国家秘密（条例第十四条）',
      }),
    );
    await publish(other, { title: '乡道维修施工合同公示（其他乡镇）', summary: '乡道维修经费', body: '施工合同' });
  });
  after(async () => t.close());

  test('a description that shares key words with a published entry suggests it, with 索引号 and link', async () => {
    const s = await suggestPublished(t.db, agency.code, '2025年全年乡道维修的经费预算、决算和施工合同');
    assert.deepEqual(
      s.map((x) => x.id),
      [ids.roads],
    );
    assert.match(s[0]!.indexNo, /\S/);
    assert.equal(s[0]!.url, `/${agency.code}/catalogue/${ids.roads}`);
    assert.deepEqual(await titles('请提供城乡低保对象复核结果'), ['城乡低保对象复核结果公示']);
  });

  test('drafts, withdrawn entries, 涉密 (不予公开) entries and other agencies’ entries are never suggested', async () => {
    const all = await titles('乡道维修经费预算决算施工合同涉密图纸草稿撤下');
    assert.deepEqual(all, ['东和乡2025年乡道维修工程施工合同公示']);
  });

  test('nothing is suggested for text without key words, and the agency’s own name is not a key word', async () => {
    assert.deepEqual(await titles('政府信息公开申请'), []);
    assert.deepEqual(keyWords('东和乡人民政府的情况', '东和乡人民政府'), []);
    await assert.rejects(suggestPublished(t.db, 'no-such-agency', '低保'), /机关/);
  });
});
