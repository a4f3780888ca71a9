// The use cases on a real database (SQLite, or PostgreSQL when DATABASE_URL is set): submission, idempotency,
// sealing, steps with the optimistic version, scope.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { Application } from './form.ts';
import { performStep } from './perform-step.ts';
import { findRequest } from './store.ts';
import { submitApplication } from './submit.ts';
import { applicantView } from './track.ts';

describe(`${DIALECT}: request use cases`, () => {
  let t: TestDb;
  let agency: { id: number; code: string }, other: { id: number; code: string };
  const staffCtx = async (code: string, roles: ('clerk' | 'head')[]) => {
    const u = await buildStaff(t, code, roles);
    const a = code === agency.code ? agency : other;
    return makeCtx(t, {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: '测试',
      agencyId: a.id,
      agencyCode: a.code,
      agencyPath: `/${a.id}/`,
      roles,
    });
  };
  const publicCtx = () => makeCtx(t, { kind: 'public', ip: '127.0.0.1' });

  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t);
    other = await buildAgency(t);
  });
  after(async () => {
    await t.close();
  });

  test('a submission stores the ID number, phone and address sealed, and only a hash of the 查询码', async () => {
    const r = await submitApplication(publicCtx(), agency.code, parseInput(Application, applicationInput()));
    const row = await t.db.selectFrom('requests').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    const all = JSON.stringify(row);
    for (const clear of ['11010519491231002X', '13800138000', '人民路', r.code]) assert.ok(!all.includes(clear), clear);
    assert.match(r.number, /^YS\d{12}$/);
    assert.equal((await applicantView(publicCtx(), r.number, r.code)).state, 'received');
  });

  test('the same form submitted twice makes one case and shows the same 查询码', async () => {
    const input = parseInput(Application, applicationInput({ nonce: 'nonce-abcdefghijklmnop' }));
    const [a, b] = await Promise.all([
      submitApplication(publicCtx(), agency.code, input),
      submitApplication(publicCtx(), agency.code, input),
    ]);
    const c = await submitApplication(publicCtx(), agency.code, input);
    assert.equal(a.id, b.id);
    assert.equal(a.id, c.id);
    assert.equal(a.code, c.code);
    assert.equal([a, b, c].filter((x) => x.created).length, 1);
  });

  test('a step with an old version is refused as stale and changes nothing', async () => {
    const clerk = await staffCtx(agency.code, ['clerk']);
    const r = await submitApplication(publicCtx(), agency.code, parseInput(Application, applicationInput()));
    await performStep(clerk, r.id, { event: 'accepted', version: 1 });
    await assert.rejects(
      performStep(clerk, r.id, {
        event: 'consultation_started',
        version: 1,
        party: 'third_party',
        partyName: '某公司',
      }),
      (e: DomainError) => e.code === 'stale',
    );
    assert.equal((await findRequest(t.db, clerk.scope, r.id))!.state, 'processing');
  });

  test("another agency's clerk does not find the case", async () => {
    const r = await submitApplication(publicCtx(), agency.code, parseInput(Application, applicationInput()));
    const stranger = await staffCtx(other.code, ['clerk']);
    await assert.rejects(
      performStep(stranger, r.id, { event: 'accepted', version: 1 }),
      (e: DomainError) => e.code === 'not_found',
    );
  });

  test('a wrong 查询码 is answered like an unknown number, and the refusal is audited', async () => {
    const r = await submitApplication(publicCtx(), agency.code, parseInput(Application, applicationInput()));
    const e1 = await applicantView(publicCtx(), r.number, 'AAAAAAAAAA').catch((e: DomainError) => e);
    const e2 = await applicantView(publicCtx(), 'YS209901010000', r.code).catch((e: DomainError) => e);
    assert.ok(e1 instanceof DomainError && e2 instanceof DomainError);
    assert.equal(e1.message, e2.message);
    const refused = await t.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'request.lookup_refused')
      .execute();
    assert.ok(refused.some((x) => x.summary.includes(r.number)));
  });
});
