// 先审后发 on the database under test: drafting with 索引号, each review step by its role, self-approval refused,
// publication blocked by open findings, withdrawal and correction with versions, all audited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildAgency } from '../../test/factories.ts';
import { columnId, draftInput, staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import type { Agency } from '../agencies/store.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { correctEntry } from './correct-entry.ts';
import { createEntry } from './create-entry.ts';
import { publishEntry } from './publish-entry.ts';
import { resolveFinding } from './resolve-finding.ts';
import { reviewEntry } from './review-entry.ts';
import { findEntry, findPublishedEntry, listApprovals, listFindings, listVersions } from './store.ts';
import { updateDraft } from './update-draft.ts';
import { withdrawEntry } from './withdraw-entry.ts';

const code = (e: unknown) => (e instanceof DomainError ? e.code : String(e));

describe(`${DIALECT}: catalogue review workflow`, () => {
  let t: TestDb;
  let agency: Agency;
  let clerk: Ctx, secrecy: Ctx, reviewer: Ctx, head: Ctx, otherClerk: Ctx, clerkReviewer: Ctx;
  let col: number;
  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township' });
    await t.db.updateTable('agencies').set({ org_code: '11000000MB00000027' }).where('id', '=', agency.id).execute();
    agency = { ...agency, orgCode: '11000000MB00000027' };
    [clerk, secrecy, reviewer, head, clerkReviewer] = await Promise.all([
      staffCtx(t, agency, ['clerk']),
      staffCtx(t, agency, ['secrecy_reviewer']),
      staffCtx(t, agency, ['reviewer']),
      staffCtx(t, agency, ['head']),
      staffCtx(t, agency, ['clerk', 'secrecy_reviewer', 'reviewer', 'head']),
    ]);
    otherClerk = await staffCtx(t, await buildAgency(t), ['clerk']);
    col = await columnId(t, agency);
  });
  after(async () => t.close());

  const get = async (id: number) => (await findEntry(t.db, { kind: 'system' }, id))!;
  const step = async (ctx: Ctx, id: number, action: 'submit' | 'approve' | 'return', comment = '') =>
    reviewEntry(ctx, id, { action, comment, version: (await get(id)).version });

  test('a draft gets the next 索引号 of its year: organisation code / year - 5-digit serial', async () => {
    const a = await createEntry(clerk, agency.code, draftInput(col));
    const b = await createEntry(clerk, agency.code, draftInput(col));
    assert.equal(a.indexNo, 'MB0000002/2026-00001');
    assert.equal(b.indexNo, 'MB0000002/2026-00002');
    const legacy = await createEntry(clerk, agency.code, draftInput(col, { legacyIndexNo: '0142768-8/2022-00185' }));
    assert.equal(legacy.indexNo, '0142768-8/2022-00185');
    await assert.rejects(
      createEntry(clerk, agency.code, draftInput(col, { legacyIndexNo: '0142768-8/2022-00185' })),
      (e) => code(e) === 'conflict',
    );
  });

  test('draft → 保密审查 → 审核 → 待发布 → 已发布, each step an approval by its role, recording who did what', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    await step(clerk, id, 'submit');
    await assert.rejects(step(reviewer, id, 'approve'), (e) => code(e) === 'forbidden'); // wrong step for a reviewer
    await step(secrecy, id, 'approve');
    await step(reviewer, id, 'approve');
    assert.equal((await get(id)).state, 'ready');
    const r = await publishEntry(reviewer, id, (await get(id)).version);
    const e = await get(id);
    assert.equal(e.state, 'published');
    assert.equal(e.publishedOn, '2026-03-10');
    assert.equal(r.late, false);
    assert.equal(e.authorName.startsWith('clerk'), true);
    assert.ok(e.reviewerName?.startsWith('reviewer'));
    assert.ok(e.publisherName?.startsWith('reviewer'));
    assert.deepEqual(
      (await listApprovals(t.db, id)).map((a) => `${a.step}:${a.decision}`),
      ['draft:submit', 'secrecy_review:approve', 'review:approve', 'ready:publish'],
    );
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'catalogue_entry')
      .where('object_id', '=', String(id))
      .execute();
    assert.ok(
      audit.filter((a) => a.action === 'catalogue.reviewed').length === 3 &&
        audit.some((a) => a.action === 'catalogue.published'),
    );
  });

  test('the author can never approve or publish their own entry, even holding every role', async () => {
    const { id } = await createEntry(clerkReviewer, agency.code, draftInput(col));
    await step(clerkReviewer, id, 'submit');
    await assert.rejects(
      step(clerkReviewer, id, 'approve'),
      (e) => code(e) === 'forbidden' && /本人/.test((e as Error).message),
    );
    await step(secrecy, id, 'approve');
    await step(reviewer, id, 'approve');
    await assert.rejects(publishEntry(clerkReviewer, id, (await get(id)).version), (e) => code(e) === 'forbidden');
    assert.equal((await get(id)).state, 'ready');
  });

  test('where the agency requires it, the head signs off before publication', async () => {
    await t.db
      .updateTable('catalogue_settings')
      .set({ require_sign_off: 1 })
      .where('agency_id', '=', agency.id)
      .execute();
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    await step(clerk, id, 'submit');
    await step(secrecy, id, 'approve');
    await step(reviewer, id, 'approve');
    assert.equal((await get(id)).state, 'sign_off');
    await assert.rejects(step(reviewer, id, 'approve'), (e) => code(e) === 'forbidden');
    await step(head, id, 'approve');
    assert.equal((await get(id)).state, 'ready');
    await t.db
      .updateTable('catalogue_settings')
      .set({ require_sign_off: 0 })
      .where('agency_id', '=', agency.id)
      .execute();
  });

  test('a returned entry goes back to draft with the reviewer comment; a return without a comment is refused by the form', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    await step(clerk, id, 'submit');
    await step(secrecy, id, 'return', '请核对发布机构');
    assert.equal((await get(id)).state, 'draft');
    await updateDraft(clerk, id, (await get(id)).version, draftInput(col, { publisher: '东和乡人民政府办公室' }));
    assert.equal((await get(id)).publisher, '东和乡人民政府办公室');
  });

  test('a finding in the body blocks publication until masked; the masked body is scanned again', async () => {
    const { id } = await createEntry(
      clerk,
      agency.code,
      draftInput(col, { body: '低保对象张三，联系电话 13812345678，住址和平村3组12号。' }),
    );
    await step(clerk, id, 'submit');
    await step(secrecy, id, 'approve');
    await step(reviewer, id, 'approve');
    await assert.rejects(
      publishEntry(reviewer, id, (await get(id)).version),
      (e) => code(e) === 'illegal_transition' && /2 处/.test((e as Error).message),
    );
    const open = (await listFindings(t.db, id)).filter((f) => f.state === 'open');
    assert.deepEqual(open.map((f) => f.kind).sort(), ['address', 'mobile']);
    assert.ok(
      open.every((f) => !f.excerpt.includes('13812345678')),
      'the stored excerpt is masked',
    );
    await assert.rejects(
      resolveFinding(clerk, id, open[0]!.id, { how: 'mask', reason: '' }),
      (e) => code(e) === 'forbidden',
    );
    for (const f of open)
      await resolveFinding(secrecy, id, f.id, {
        how: f.kind === 'mobile' ? 'mask' : 'override',
        reason: '村组地址，不含门牌号以外个人信息',
      });
    assert.match((await get(id)).body, /138\*+5678/);
    await publishEntry(reviewer, id, (await get(id)).version);
    assert.equal((await get(id)).state, 'published');
  });

  test('a correction is a draft reviewed like a new entry; the public keeps the old version until it is published', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    await step(clerk, id, 'submit');
    await step(secrecy, id, 'approve');
    await step(reviewer, id, 'approve');
    await publishEntry(head, id, (await get(id)).version);
    const before = await get(id);
    const draft = await correctEntry(clerk, id, {
      ...draftInput(col, {
        title: '关于2026年城乡低保对象复核情况的公示（更正）',
        body: '更正：联系人手机 13812345678',
      }),
      reason: '名称错字',
      version: before.version,
    });
    await assert.rejects(
      correctEntry(clerk, id, { ...draftInput(col), reason: '再次更正', version: before.version }),
      (e) => code(e) === 'conflict',
    );
    const publicView = async () => (await findPublishedEntry(t.db, agency.id, id))!;
    // In review: the public still sees the old title, and the correction itself is not public.
    await step(clerk, draft.id, 'submit');
    assert.equal((await publicView()).title, before.title);
    assert.equal(await findPublishedEntry(t.db, agency.id, draft.id), undefined);
    await step(secrecy, draft.id, 'approve');
    await step(reviewer, draft.id, 'approve');
    // 保密审查 applies to the correction too: the phone number blocks it until handled.
    await assert.rejects(
      publishEntry(head, draft.id, (await get(draft.id)).version),
      (e) => code(e) === 'illegal_transition' && /敏感信息/.test((e as Error).message),
    );
    for (const f of (await listFindings(t.db, draft.id)).filter((x) => x.state === 'open'))
      await resolveFinding(secrecy, draft.id, f.id, { how: 'mask', reason: '' });
    assert.equal((await publicView()).title, before.title);
    await assert.rejects(publishEntry(clerk, draft.id, (await get(draft.id)).version), (e) => code(e) === 'forbidden');
    await publishEntry(head, draft.id, (await get(draft.id)).version);
    const after = await publicView();
    assert.deepEqual(
      [after.title, after.corrected, after.indexNo, after.publishedOn],
      ['关于2026年城乡低保对象复核情况的公示（更正）', true, before.indexNo, before.publishedOn],
    );
    assert.match(after.body, /138\*+5678/);
    assert.equal((await get(draft.id)).state, 'applied');
    assert.deepEqual(
      (await listVersions(t.db, id)).map((v) => v.reason),
      ['名称错字'],
    );
    await withdrawEntry(reviewer, id, { reason: '内容已过期', version: after.version });
    assert.equal((await get(id)).state, 'withdrawn');
    await assert.rejects(
      withdrawEntry(reviewer, id, { reason: '再次撤下', version: (await get(id)).version }),
      (e2) => code(e2) === 'illegal_transition',
    );
  });

  test("permission before state: a clerk asking to publish, withdraw or approve gets forbidden whatever the entry's state", async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    await assert.rejects(publishEntry(clerk, id, 99), (e) => code(e) === 'forbidden');
    await assert.rejects(withdrawEntry(clerk, id, { reason: '撤下', version: 99 }), (e) => code(e) === 'forbidden');
    await assert.rejects(step(clerk, id, 'approve'), (e) => code(e) === 'forbidden');
    await assert.rejects(
      correctEntry(secrecy, id, { ...draftInput(col), reason: '更正', version: 99 }),
      (e) => code(e) === 'forbidden',
    );
    // Allowed to publish, wrong state: 409 before the stale version is looked at.
    await assert.rejects(publishEntry(reviewer, id, 99), (e) => code(e) === 'illegal_transition');
  });

  test('staff of another agency cannot see or change the entry (not found)', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    await assert.rejects(step(otherClerk, id, 'submit'), (e) => code(e) === 'not_found');
    await assert.rejects(createEntry(otherClerk, agency.code, draftInput(col)), (e) => code(e) === 'not_found');
  });

  test('第二十六条: published more than 20 working days after 成文 is flagged late in the audit record', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col, { formedOn: '2026-01-05' }));
    await step(clerk, id, 'submit');
    await step(secrecy, id, 'approve');
    await step(reviewer, id, 'approve');
    const r = await publishEntry(reviewer, id, (await get(id)).version); // 2026-03-10: well past 20 working days
    assert.equal(r.late, true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'catalogue.published')
      .where('object_id', '=', String(id))
      .executeTakeFirstOrThrow();
    assert.match(audit.summary, /"late":true/);
  });

  test('a supervisor of the county reads the entry but cannot review it', async () => {
    const county = await buildAgency(t, { kind: 'county' });
    const township = await buildAgency(t, { kind: 'township', parent: county.code });
    const localClerk = await staffCtx(t, township, ['clerk']);
    const supervisor = await staffCtx(t, county, ['supervisor', 'secrecy_reviewer']);
    const { id } = await createEntry(localClerk, township.code, draftInput(await columnId(t, township)));
    assert.ok(await findEntry(t.db, supervisor.scope, id));
    await reviewEntry(localClerk, id, { action: 'submit', comment: '', version: (await get(id)).version });
    await assert.rejects(
      reviewEntry(supervisor, id, { action: 'approve', comment: '', version: (await get(id)).version }),
      (e) => code(e) === 'not_found',
    );
  });

  test('a stale version is refused', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    await assert.rejects(
      reviewEntry(clerk, id, { action: 'submit', comment: '', version: 99 }),
      (e) => code(e) === 'stale',
    );
  });
});
