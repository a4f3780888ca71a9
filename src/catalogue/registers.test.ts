import assert from 'node:assert/strict';
import { test } from 'node:test';
import { proactiveTable, type RegisterDoc, yuanToFen } from './registers.ts';

const doc = (o: Partial<RegisterDoc>): RegisterDoc => ({ genre: 'normative', formedOn: '2025-03-01', validity: 'valid', repealedOn: null, ...o });

test('normative documents made, repealed and in force at the year end are derived from entries and their 有效性', () => {
  const docs = [
    doc({}), doc({ formedOn: '2024-05-01' }), doc({ formedOn: '2023-01-01', validity: 'repealed', repealedOn: '2025-06-30' }),
    doc({ formedOn: '2023-01-01', validity: 'repealed', repealedOn: '2026-02-01' }), doc({ formedOn: '2022-01-01', validity: 'expired' }),
    doc({ genre: 'notice' }), doc({ genre: 'rule', formedOn: '2025-09-09' }), doc({ formedOn: '2026-01-05' }),
  ];
  const t = proactiveTable(2025, docs, []);
  assert.deepEqual(t.normativeDocuments, { issued: 1, repealed: 1, inForce: 3 });
  assert.deepEqual(t.regulations, { issued: 1, repealed: 0, inForce: 1 });
});

test('decision counts add up per kind and fees are reported in 万元 from exact 分', () => {
  const t = proactiveTable(2025, [], [
    { kind: 'licensing', count: 12, amountFen: 0 }, { kind: 'licensing', count: 3, amountFen: 0 }, { kind: 'penalties', count: 2, amountFen: 0 },
    { kind: 'fees', count: 1, amountFen: yuanToFen('12345.67')! }, { kind: 'fees', count: 1, amountFen: yuanToFen('0.5')! },
  ]);
  assert.deepEqual([t.licensing.decisions, t.penalties.decisions, t.coercion.decisions], [15, 2, 0]);
  assert.equal(t.fees.amountWanYuan, 1.2346);
  assert.equal(yuanToFen('1.234'), undefined);
  assert.equal(yuanToFen('-1'), undefined);
});
