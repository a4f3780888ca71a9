// 申请编号: YS + the receipt date + the day's serial (4 digits, more past 9999). Simultaneous applications never draw
// the same number, a day's earlier numbers are continued, and a full day is a clear refusal at once, never a hang.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency } from '../../test/factories.ts';
import { MAX_NUMBERS_A_DAY } from './access.ts';
import { Application } from './form.ts';
import { submitApplication } from './submit.ts';

describe(`${DIALECT}: application numbers`, () => {
  let t: TestDb;
  let agencies: Array<{ id: number; code: string }>;
  const on = (day: string) => makeCtx({ ...t, now: new Date(`${day}T02:00:00Z`) }, { kind: 'public', ip: '127.0.0.1' });
  const input = parseInput(Application, applicationInput());
  before(async () => {
    t = await createTestDb();
    agencies = await Promise.all([buildAgency(t), buildAgency(t), buildAgency(t)]);
  });
  after(async () => {
    await t.close();
  });

  test('60 applications at once to three agencies on a day already holding 9,950 numbers all get distinct numbers', {
    timeout: 60_000,
  }, async () => {
    const day = '2031-05-06';
    const first = await submitApplication(on('2031-05-05'), agencies[0]!.code, input); // a row to copy
    // The day's earlier numbers (as an older version drew them, at random): 9,950 of the 10,000 four-digit ones.
    const row = await t.db.selectFrom('requests').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    const { id: _id, version: _v, ...template } = row;
    const taken = Array.from({ length: 9950 }, (_, i) => `YS20310506${String(i).padStart(4, '0')}`);
    for (let i = 0; i < taken.length; i += 500) {
      await t.db
        .insertInto('requests')
        .values(
          taken.slice(i, i + 500).map((number) => ({ ...template, number, received_on: day, submit_nonce: null })),
        )
        .execute();
    }
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => submitApplication(on(day), agencies[i % 3]!.code, input)),
    );
    const numbers = results.map((r) => r.number);
    assert.equal(new Set(numbers).size, 60);
    for (const n of numbers) {
      assert.match(n, /^YS20310506\d{4,6}$/);
      assert.ok(!taken.includes(n), n);
    }
  });

  test('a day whose numbers are used up is refused at once with a clear Chinese message', {
    timeout: 20_000,
  }, async () => {
    const day = '2031-05-07';
    await submitApplication(on(day), agencies[1]!.code, input);
    await t.db.updateTable('request_number_days').set({ last: MAX_NUMBERS_A_DAY }).where('day', '=', day).execute();
    const started = Date.now();
    const err = await submitApplication(on(day), agencies[1]!.code, input).then(
      () => undefined,
      (e: DomainError) => e,
    );
    assert.equal(err?.code, 'conflict');
    assert.match(err.message, /申请编号已用完/);
    assert.ok(Date.now() - started < 5000);
    // The next day numbers afresh.
    assert.match((await submitApplication(on('2031-05-08'), agencies[1]!.code, input)).number, /^YS203105080001$/);
  });
});
