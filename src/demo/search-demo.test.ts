// The complaint of issue 19, on the demo township's own portal: 东和 (in nearly every title) found nothing, nor did 金发,
// 林防, 治工 or 查情, and over 60 two-character strings of its titles, less than half the title hits came back. Now
// every two-character string of every published title finds exactly the entries a substring scan finds, and the
// county above it finds the same and nothing more of the township's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findPublicAgency, type Agency } from '../agencies/store.ts';
import { seedCalendar } from '../calendar/seed.ts';
import { listPublished } from '../catalogue/public-store.ts';
import { fold, queryWords, scanMatches } from '../search/fold.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { DEMO_CODE, seedDemo } from './township.ts';

describe(`${DIALECT}: the demo township's titles, searched by every pair of characters in them`, () => {
  let t: TestDb;
  let township: Agency, county: Agency;
  let texts: { id: number; text: string; title: string }[];
  before(async () => {
    t = await createTestDb();
    await seedCalendar(t.db, new Date(), t.config);
    await seedDemo(t.db, t.config, { passwords: () => 'demo-password-一二三' });
    township = (await findPublicAgency(t.db, DEMO_CODE))!;
    county = (await findPublicAgency(t.db, 'demo-county'))!;
    const rows = await t.db
      .selectFrom('catalogue_entries')
      .select(['id', 'title', 'doc_no', 'summary', 'body'])
      .where('agency_id', '=', township.id)
      .where('state', '=', 'published')
      .execute();
    texts = rows.map((r) => ({
      id: Number(r.id),
      title: r.title,
      text: [r.title, r.doc_no ?? '', r.summary, r.body].join('\n'),
    }));
  });
  after(async () => t.close());

  const found = async (portal: Agency, q: string) =>
    (await listPublished(t.db, portal, ['id'], { q }, 1, 1000)).items.map((e) => e.id).sort((a, b) => a - b);
  const scan = (q: string) =>
    texts
      .filter((x) => scanMatches(x.text, queryWords(q)))
      .map((x) => x.id)
      .sort((a, b) => a - b);

  test('东和, 金发, 林防, 治工 and 查情 find what the scan finds', async () => {
    for (const q of ['东和', '金发', '林防', '治工', '查情']) {
      const want = scan(q);
      assert.ok(want.length > 0, `${q} is in the demo's texts`);
      assert.deepEqual(await found(township, q), want, q);
    }
    assert.ok(scan('东和').length >= 200, '东和 is in nearly every title');
  });

  test('every two-character string of the published titles: all its entries, on the township’s portal and the county’s', async () => {
    const pairs = [
      ...new Set(
        texts.flatMap((x) => {
          const c = [...fold(x.title).replaceAll(' ', '')];
          return c.slice(1).map((ch, i) => c[i]! + ch);
        }),
      ),
    ];
    assert.ok(pairs.length > 60);
    for (const q of pairs) {
      const want = scan(q);
      assert.deepEqual(await found(township, q), want, q);
      const fromCounty = new Set(await found(county, q));
      assert.ok(
        want.every((id) => fromCounty.has(id)),
        `the county finds the township's ${q}`,
      );
    }
  });
});
