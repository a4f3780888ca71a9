import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { APPLICANT_COLUMNS, OUTCOME_CODES } from './outcomes.ts';
import { type CaseForReport, tableThree } from './table-three.ts';

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const kase: fc.Arbitrary<CaseForReport> = fc.record({ kind: fc.constantFrom(...APPLICANT_COLUMNS), receivedOn: day, outcome: fc.constantFrom(...OUTCOME_CODES), closeAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }) })
  .map((c) => ({ kind: c.kind, receivedOn: c.receivedOn, outcome: c.closeAfter === null ? null : c.outcome, closedOn: c.closeAfter === null ? null : new Date(Date.parse(c.receivedOn) + c.closeAfter * 86_400_000).toISOString().slice(0, 10) }));

test('表三 balances by construction: per column received + carriedIn = total + carriedOut, and total = sum of result rows', () => {
  fc.assert(fc.property(fc.array(kase, { maxLength: 60 }), fc.constantFrom(2025, 2026, 2027), (cases, year) => {
    const t = tableThree(cases, year);
    for (const col of [...APPLICANT_COLUMNS, 'total'] as const) {
      assert.equal(t.received[col] + t.carriedIn[col], t.total[col] + t.carriedOut[col]);
      const results = Object.entries(t).filter(([k]) => !['received', 'carriedIn', 'total', 'carriedOut'].includes(k)).reduce((s, [, v]) => s + v[col], 0);
      assert.equal(results, t.total[col]);
    }
  }));
});

test('a case received in December and replied in January is carried out, then carried in and counted in its row', () => {
  const c: CaseForReport = { kind: 'legal', receivedOn: '2025-12-29', outcome: 'partial', closedOn: '2026-01-12' };
  assert.equal(tableThree([c], 2025).carriedOut.legal, 1);
  const t = tableThree([c], 2026);
  assert.equal(t.carriedIn.legal, 1);
  assert.equal(t.partiallyDisclosed.legal, 1);
  assert.equal(t.partiallyDisclosed.total, 1);
});
