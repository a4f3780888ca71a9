import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import { finding } from './finding.ts';
import { reviewFinding } from './review-finding.ts';
import { applyReviews, blockingFindings } from './reviews.ts';
import { listReviews } from './reviews-store.ts';

const err = finding('T3.BALANCE', '自然人列不平', {
  table: 'applications',
  row: 'total',
  column: 'natural',
  expected: 5,
  actual: 4,
});
const warn = finding('FORMAT.OUTDATED', '旧格式');
const err2 = finding('T4.TOTAL', '复议合计不符', {
  table: 'appeals',
  row: 'reconsideration',
  column: 'total',
  expected: 1,
  actual: 2,
});

describe('applyReviews and blockingFindings (pure)', () => {
  test('a dismissed error no longer blocks; a confirmed or unreviewed error does; warnings never block', () => {
    const at = '2026-03-10T02:00:00.000Z';
    const reviewed = applyReviews(
      [err, warn, err2],
      [
        { fingerprint: err.fingerprint, decision: 'dismissed', reason: '口径不同', by: '张', at },
        { fingerprint: err2.fingerprint, decision: 'confirmed', reason: '确有错误', by: '张', at },
      ],
    );
    assert.deepEqual(reviewed[0]!.review, { decision: 'dismissed', reason: '口径不同', by: '张', at });
    assert.equal(reviewed[1]!.review, undefined);
    assert.deepEqual(
      blockingFindings(reviewed).map((f) => f.rule),
      ['T4.TOTAL'],
    );
    assert.deepEqual(
      blockingFindings(applyReviews([err, warn], [])).map((f) => f.rule),
      ['T3.BALANCE'],
    );
  });
});

describe(`${DIALECT}: reviewFinding`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => t.close());

  test('a clerk dismisses a finding with a reason; a later review replaces it, both audited', async () => {
    const agency = await buildAgency(t);
    const clerk = await staffCtx(t, agency, ['clerk']);
    const subject = `annual:${agency.id}:2025`;
    await reviewFinding(clerk, {
      agencyId: agency.id,
      subject,
      fingerprint: err.fingerprint,
      decision: 'dismissed',
      reason: '  按上级口径填报  ',
    });
    let reviews = await listReviews(t.db, agency.id, subject);
    assert.equal(reviews.length, 1);
    assert.equal(reviews[0]!.reason, '按上级口径填报');
    await reviewFinding(clerk, {
      agencyId: agency.id,
      subject,
      fingerprint: err.fingerprint,
      decision: 'confirmed',
      reason: '复核后确认有误',
    });
    reviews = await listReviews(t.db, agency.id, subject);
    assert.deepEqual(
      reviews.map((r) => [r.decision, r.reason]),
      [['confirmed', '复核后确认有误']],
    );
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('action', '=', 'report.finding_reviewed')
      .where('agency_id', '=', agency.id)
      .orderBy('seq')
      .execute();
    assert.equal(audit.length, 2);
    assert.match(audit[1]!.summary, /"replaced":"dismissed"/);
  });

  test('a reason shorter than two characters is refused in Chinese and nothing is written', async () => {
    const agency = await buildAgency(t);
    const clerk = await staffCtx(t, agency, ['clerk']);
    const subject = `annual:${agency.id}:2025`;
    for (const reason of ['', ' 好 ']) {
      await assert.rejects(
        reviewFinding(clerk, {
          agencyId: agency.id,
          subject,
          fingerprint: err.fingerprint,
          decision: 'dismissed',
          reason,
        }),
        (e: DomainError) => e.code === 'invalid_input' && /理由/.test(e.fields?.reason ?? ''),
      );
    }
    await assert.rejects(
      reviewFinding(clerk, {
        agencyId: agency.id,
        subject,
        fingerprint: err.fingerprint,
        decision: 'maybe' as 'confirmed',
        reason: '理由充分',
      }),
      (e: DomainError) => e.code === 'invalid_input' && Boolean(e.fields?.decision),
    );
    assert.equal((await listReviews(t.db, agency.id, subject)).length, 0);
  });

  test('only staff who build the report, record supervision or check reports, of that very agency, may review', async () => {
    const agency = await buildAgency(t);
    const other = await buildAgency(t);
    const input = {
      agencyId: agency.id,
      subject: `annual:${agency.id}:2025`,
      fingerprint: err.fingerprint,
      decision: 'dismissed' as const,
      reason: '理由充分',
    };
    for (const roles of [['head'], ['reviewer'], ['admin'], ['supervisor']] as const)
      await reviewFinding(await staffCtx(t, agency, [...roles]), input);
    await assert.rejects(
      reviewFinding(await staffCtx(t, agency, ['secrecy_reviewer']), input),
      (e: DomainError) => e.code === 'forbidden',
    );
    await assert.rejects(
      reviewFinding(await staffCtx(t, other, ['clerk']), input),
      (e: DomainError) => e.code === 'forbidden',
    );
    await assert.rejects(
      reviewFinding(makeCtx(t, { kind: 'public' }), input),
      (e: DomainError) => e.code === 'unauthenticated',
    );
    assert.equal((await listReviews(t.db, other.id, input.subject)).length, 0);
  });

  test('each agency keeps its own reviews of the same subject', async () => {
    const a = await buildAgency(t);
    const b = await buildAgency(t);
    const subject = 'published:某乡人民政府:2024';
    await reviewFinding(await staffCtx(t, a, ['supervisor']), {
      agencyId: a.id,
      subject,
      fingerprint: warn.fingerprint,
      decision: 'dismissed',
      reason: '已知情况',
    });
    assert.equal((await listReviews(t.db, a.id, subject)).length, 1);
    assert.equal((await listReviews(t.db, b.id, subject)).length, 0);
  });
});
