// 表二's registers as the annual report counts them: 规章 and 行政规范性文件 from published catalogue entries and their
// 有效性 (on a real database), decision counts and fees from the entered registers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { columnId } from '../../test/catalogue.ts';
import { buildAgency, buildStaff } from '../../test/factories.ts';
import { documentCounts } from '../report/facts-store.ts';
import { proactiveTable } from '../report/live.ts';
import type { Genre, Validity } from './item.ts';
import { yuanToFen } from './registers.ts';
import type { EntryState } from './review.ts';
import { insertEntry } from './store.ts';
import { testClock } from '../../test/clock.ts';

describe(`${DIALECT}: 规章 and 行政规范性文件 counted from the catalogue`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  test('made, repealed and in force at the year end are derived from published entries and their 有效性', async () => {
    const agency = await buildAgency(t);
    const [column, author] = [await columnId(t, agency), await buildStaff(t, agency.code, ['clerk'])];
    let n = 0;
    const doc = async (o: {
      genre?: Genre;
      formedOn?: string;
      validity?: Validity;
      repealedOn?: string | null;
      state?: EntryState;
    }) => {
      const id = await insertEntry(t.db, {
        columnId: column,
        title: `文件${++n}`,
        summary: '',
        publisher: agency.name,
        formedOn: o.formedOn ?? '2025-03-01',
        docNo: null,
        topic: '综合政务',
        genre: o.genre ?? 'normative',
        disclosure: 'active',
        withheldReason: null,
        validity: o.validity ?? 'valid',
        repealedOn: o.repealedOn ?? null,
        body: '',
        agencyId: agency.id,
        indexNo: `TEST${agency.id}/2025-${String(n).padStart(5, '0')}`,
        authorId: author.id,
        authorName: '测试',
        now: testClock().toISOString(),
      });
      await t.db
        .updateTable('catalogue_entries')
        .set({ state: o.state ?? 'published', published_on: o.formedOn ?? '2025-03-01' })
        .where('id', '=', id)
        .execute();
    };
    await doc({});
    await doc({ formedOn: '2024-05-01' });
    await doc({ formedOn: '2023-01-01', validity: 'repealed', repealedOn: '2025-06-30' });
    await doc({ formedOn: '2023-01-01', validity: 'repealed', repealedOn: '2026-02-01' });
    await doc({ formedOn: '2022-01-01', validity: 'expired' });
    await doc({ genre: 'notice' });
    await doc({ genre: 'rule', formedOn: '2025-09-09' });
    await doc({ formedOn: '2026-01-05' });
    await doc({ formedOn: '2025-04-01', state: 'draft' });
    const counts = await documentCounts(t.db, { agencyId: agency.id }, 2025);
    assert.deepEqual(counts.normative, { issued: 1, repealed: 1, inForce: 3 });
    assert.deepEqual(counts.rule, { issued: 1, repealed: 0, inForce: 1 });
  });
});

test('decision counts add up per kind and fees are reported in 万元 from exact 分', () => {
  const none = { rule: { issued: 0, repealed: 0, inForce: 0 }, normative: { issued: 0, repealed: 0, inForce: 0 } };
  const t = proactiveTable(none, [
    { kind: 'licensing', count: 15, amountFen: 0 },
    { kind: 'penalties', count: 2, amountFen: 0 },
    { kind: 'fees', count: 2, amountFen: yuanToFen('12345.67')! + yuanToFen('0.5')! },
  ]);
  assert.deepEqual([t.licensing.decisions, t.penalties.decisions, t.coercion.decisions], [15, 2, 0]);
  assert.equal(t.fees.amountWanYuan, 1.2346);
  assert.equal(yuanToFen('1.234'), undefined);
  assert.equal(yuanToFen('-1'), undefined);
});
