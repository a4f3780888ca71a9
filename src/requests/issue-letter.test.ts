// Issuing letters on a real database: the 复议机关 each letter names comes from the agency tree — the county for a
// township, the county government for a county department, the 上一级主管部门 for a vertical department — and each
// letter gets the agency's next 发文字号. A township the tree gives no county cannot issue a letter that decides.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx, type Ctx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { caseView } from './case-view.ts';
import { Application } from './form.ts';
import { issueLetter, letterOf } from './issue-letter.ts';
import { performStep } from './perform-step.ts';
import { submitApplication } from './submit.ts';

describe(`${DIALECT}: letters name the 复议机关 the agency tree gives`, () => {
  let t: TestDb;
  const now = new Date('2026-04-20T02:00:00Z');
  const clerkOf = async (a: { id: number; code: string; path: string }): Promise<Ctx> => {
    const u = await buildStaff(t, a.code, ['clerk']);
    return makeCtx(
      { ...t, now },
      {
        kind: 'staff',
        userId: u.id,
        username: u.username,
        displayName: '李信息',
        agencyId: a.id,
        agencyCode: a.code,
        agencyPath: a.path,
        roles: ['clerk'],
      },
    );
  };
  /** A case of the agency refused (国家秘密) and its reply letter. */
  const refusalLetter = async (clerk: Ctx, code: string) => {
    const { id } = await submitApplication(
      clerk,
      code,
      parseInput(Application, applicationInput({ email: '', formWanted: 'paper', delivery: 'pickup' })),
      { channel: 'in_person', receivedOn: '2026-04-01', evidence: '当面' },
    );
    const step = async (raw: Record<string, unknown>) =>
      performStep(clerk, id, { ...raw, version: String((await caseView(clerk, id)).c.version) });
    await step({ event: 'accepted', onDate: '2026-04-01' });
    await step({
      event: 'replied',
      onDate: '2026-04-10',
      outcome: 'state_secret',
      basis: '条例第十四条',
      reason: '经定密为秘密级',
    });
    return { id, issue: () => issueLetter(clerk, id, 'reply') };
  };

  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  test('a township names its county government, never 本级人民政府; 发文字号 count up', async () => {
    const county = await buildAgency(t, { name: '示范县人民政府', kind: 'county' });
    const township = await buildAgency(t, { name: '东和乡人民政府', parent: county.code });
    const clerk = await clerkOf(township);
    const c = await refusalLetter(clerk, township.code);
    const first = await letterOf(clerk, c.id, (await c.issue()).id);
    assert.match(first.remedies!, /自收到本告知书之日起60日内向示范县人民政府申请行政复议/);
    assert.match(first.remedies!, /第二十四条第一款第（二）项/);
    assert.doesNotMatch(first.remedies!, /本级人民政府/);
    assert.equal(first.docNumber, '东和乡依申公开〔2026〕1号');
    assert.equal((await letterOf(clerk, c.id, (await c.issue()).id)).docNumber, '东和乡依申公开〔2026〕2号');
  });

  test('a county department names the county government (第二十四条第一款第（一）项)', async () => {
    const county = await buildAgency(t, { name: '示范县人民政府', kind: 'county' });
    const bureau = await buildAgency(t, { name: '示范县自然资源局', kind: 'department', parent: county.code });
    const clerk = await clerkOf(bureau);
    const c = await refusalLetter(clerk, bureau.code);
    const l = await letterOf(clerk, c.id, (await c.issue()).id);
    assert.match(l.remedies!, /向示范县人民政府申请行政复议（[^）]*第二十四条第一款第（一）项/);
  });

  test('a vertical department names its 上一级主管部门, not the local government (第二十七条)', async () => {
    const cityTax = await buildAgency(t, { name: '国家税务总局示范市税务局', kind: 'vertical' });
    const countyTax = await buildAgency(t, {
      name: '国家税务总局示范县税务局',
      kind: 'vertical',
      parent: cityTax.code,
    });
    const clerk = await clerkOf(countyTax);
    const c = await refusalLetter(clerk, countyTax.code);
    const l = await letterOf(clerk, c.id, (await c.issue()).id);
    assert.match(l.remedies!, /向国家税务总局示范市税务局申请行政复议（[^）]*第二十七条/);
  });

  test('a township with no county above it in the tree: the letter is refused, saying how to fix the tree', async () => {
    const lonely = await buildAgency(t, { name: '孤立乡人民政府' });
    const clerk = await clerkOf(lonely);
    const c = await refusalLetter(clerk, lonely.code);
    await assert.rejects(c.issue(), (e: DomainError) => e.code === 'conflict' && /行政复议机关/.test(e.message));
  });
});
