// The form's nonce only deduplicates a retry: the same nonce with the same content gets the same receipt, the same
// nonce with other content is refused (409) without revealing the earlier case, and the 查询码 is random.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency } from '../../test/factories.ts';
import { Application } from './form.ts';
import { submitApplication } from './submit.ts';
import { applicantView } from './track.ts';

describe(`${DIALECT}: the application form's nonce`, () => {
  let t: TestDb;
  let agency: { id: number; code: string };
  const publicCtx = () => makeCtx(t, { kind: 'public', ip: '127.0.0.1' });
  const input = (o: Record<string, string>) => parseInput(Application, applicationInput(o));
  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t);
  });
  after(async () => {
    await t.close();
  });

  test('the same nonce with other content is a conflict that shows neither the earlier 编号 nor its 查询码', async () => {
    const nonce = 'victim-nonce-0123456789abcdef';
    const victim = await submitApplication(publicCtx(), agency.code, input({ nonce }));
    const err = await submitApplication(
      publicCtx(),
      agency.code,
      input({ nonce, name: '李四', idNumber: '110105194912310011', phone: '13900139000' }),
    ).then(
      () => undefined,
      (e: DomainError) => e,
    );
    assert.equal(err?.code, 'conflict');
    assert.ok(!err.message.includes(victim.number) && !err.message.includes(victim.code));
    assert.match(err.message, /[\u4e00-\u9fff]/);
    assert.equal(
      await t.db
        .selectFrom('requests')
        .select('id')
        .where('agency_id', '=', agency.id)
        .execute()
        .then((r) => r.length),
      1,
    );
  });

  test('a retry with the same nonce and the same content, at once or later, gets the same 编号 and 查询码 and makes one case', async () => {
    const body = input({ nonce: 'retry-nonce-0123456789abcdef', infoTitle: '重试的申请' });
    const [a, b] = await Promise.all([
      submitApplication(publicCtx(), agency.code, body),
      submitApplication(publicCtx(), agency.code, body),
    ]);
    const c = await submitApplication(publicCtx(), agency.code, body);
    assert.deepEqual([a.number, a.code], [b.number, b.code]);
    assert.deepEqual([a.number, a.code], [c.number, c.code]);
    assert.equal([a, b, c].filter((x) => x.created).length, 1);
    assert.equal((await applicantView(publicCtx(), c.number, c.code)).number, a.number);
  });

  test('the 查询码 is random: not computable from the nonce and the installation secret', async () => {
    const nonce = 'derived-nonce-0123456789abcdef';
    const r = await submitApplication(publicCtx(), agency.code, input({ nonce, infoTitle: '随机查询码' }));
    // What the code used to be: an HMAC of the agency-scoped nonce under the secret, readable by anyone knowing both.
    const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
    const derived = [
      ...createHmac('sha256', t.config.secret).update(`access-code:${agency.id}:${nonce}`).digest().subarray(0, 10),
    ]
      .map((b) => alphabet[b % alphabet.length])
      .join('');
    assert.notEqual(r.code, derived);
    assert.match(r.code, /^[A-Z2-9]{10}$/);
    const row = await t.db.selectFrom('requests').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(row).includes(r.code), 'the code is not stored in clear');
  });
});
