// Property of the search on the database under test: for random queries (substrings of random published texts, two of
// them ANDed, Latin in other cases and full-width forms, strings that are nowhere) on the portal of any agency of a
// tree (a province, a city, a county, townships, a department under a township), the search returns exactly the
// entries a brute-force substring scan of the subtree's published texts returns (title, 文号, 内容概述, body and
// attachments' text, read back from the database), in the order the ranking rules give, with that count; drafts and
// withdrawn entries never appear; the filters (column, genre, validity, topic, year) narrow exactly that set; a correction
// is searchable only once published, and then only in its corrected form.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { columnId, draftInput, entryIn, staffCtx, xlsxFile } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import type { Agency } from '../agencies/store.ts';
import { correctEntry } from '../catalogue/correct-entry.ts';
import { GENRES, type Genre, TOPICS, type Validity } from '../catalogue/item.ts';
import { publishEntry } from '../catalogue/publish-entry.ts';
import { type PublicFilter, listPublished, publishedYears } from '../catalogue/public-store.ts';
import { reviewEntry } from '../catalogue/review-entry.ts';
import { findEntry } from '../catalogue/store.ts';
import { makeCtx } from '../context.ts';
import * as m0018 from '../db/migrations/0018-search-substrings.ts';
import { fold, queryWords, scanMatches } from './fold.ts';
import { distinctWords } from './grams.ts';
import { tierOf } from './rank.ts';

// Few distinct characters, so substrings and their pieces recur across entries (a phrase's pairs present apart, not in
// a row); now and then 文号 brackets, Latin, digits, full-width forms, punctuation, spaces.
const CORE = [...'东和乡危房改造20'];
const RARE = [...'政府发号村低保公开信息年度关于的〔〕、，。()-/"*%35abGDPxＧ２'];
const char = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CORE) },
  { weight: 3, arbitrary: fc.constantFrom(...RARE) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n') },
);
const text = (min: number, max: number) =>
  fc
    .array(char, { minLength: min, maxLength: max })
    .map((cs) => cs.join('').replace(/\d{4,}/g, (d) => `${d.slice(0, 3)}乡${d.slice(3)}`)); // no long digit runs (the scanner would hold them)
const entryText = fc.record({
  title: text(4, 16),
  summary: text(1, 16),
  body: text(0, 50),
  docNo: fc.option(text(3, 10), { nil: null }),
  cell: fc.option(text(2, 12), { nil: null }),
});

type Row = {
  id: number;
  path: string;
  state: string;
  publishedOn: string;
  title: string;
  rest: string;
  columnId: number;
  genre: string;
  validity: string;
  topic: string;
};
const VALIDITY: Validity[] = ['valid', 'valid', 'expired', 'repealed'];

describe(`${DIALECT}: search finds every substring`, () => {
  let t: TestDb;
  let portals: Agency[];
  let rows: Row[];

  before(async () => {
    t = await createTestDb();
    const province = await buildAgency(t, { kind: 'province' });
    const city = await buildAgency(t, { kind: 'city', parent: province.code });
    const county = await buildAgency(t, { kind: 'county', parent: city.code });
    const t1 = await buildAgency(t, { kind: 'township', parent: county.code });
    const t2 = await buildAgency(t, { kind: 'township', parent: county.code });
    const t3 = await buildAgency(t, { kind: 'township', parent: county.code });
    const dept = await buildAgency(t, { kind: 'department', parent: t3.code });
    portals = [province, city, county, t1, t2, t3, dept];
    const texts = fc.sample(entryText, { numRuns: 40, seed: 19 });
    for (const [i, x] of texts.entries()) {
      const state = i % 10 === 7 ? 'draft' : i % 10 === 8 ? 'withdrawn' : 'published';
      const on = `${2024 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 5) * 6).padStart(2, '0')}`;
      const agency = portals[i % portals.length]!;
      // Entries spread over two columns, the genres, validities, a few topics and three years, for the filters.
      const fields = {
        columnId: await columnId(t, agency, i % 4 === 1 ? '工作动态' : '通知公告'),
        genre: GENRES[i % GENRES.length] as Genre,
        topic: TOPICS[i % 3]!,
        validity: VALIDITY[i % VALIDITY.length]!,
        repealedOn: VALIDITY[i % VALIDITY.length] === 'repealed' ? on : null,
      };
      await entryIn(
        t,
        agency,
        { title: x.title, summary: x.summary, body: x.body, docNo: x.docNo, ...fields },
        { on, state, attach: x.cell ? await xlsxFile([['名单'], [x.cell]]) : undefined },
      );
    }
    rows = await readBack(t);
  });
  after(async () => t.close());

  /** The brute-force side: what the database holds, with no index involved. */
  async function readBack(db: TestDb): Promise<Row[]> {
    const entries = await db.db
      .selectFrom('catalogue_entries')
      .innerJoin('agencies', 'agencies.id', 'catalogue_entries.agency_id')
      .select([
        'catalogue_entries.id',
        'agencies.path',
        'state',
        'published_on',
        'title',
        'doc_no',
        'summary',
        'body',
        'column_id',
        'genre',
        'validity',
        'topic',
      ])
      .execute();
    const files = await db.db
      .selectFrom('catalogue_attachments')
      .select(['entry_id', 'filename', 'text'])
      .where('removed', '=', 0)
      .orderBy('id')
      .execute();
    return entries.map((e) => ({
      id: Number(e.id),
      path: e.path,
      state: e.state,
      publishedOn: e.published_on ?? '',
      title: e.title,
      columnId: Number(e.column_id),
      genre: e.genre,
      validity: e.validity,
      topic: e.topic,
      rest: [
        e.doc_no ?? '',
        e.summary,
        e.body,
        ...files.filter((f) => Number(f.entry_id) === Number(e.id)).map((f) => `${f.filename}\n${f.text ?? ''}`),
      ].join('\n'),
    }));
  }

  /** Every published entry under the portal holding every word, best first (rank.ts), as a scan finds and orders them. */
  function scan(portal: Agency, q: string, f: PublicFilter = {}): number[] {
    const words = queryWords(q);
    const rank = (r: Row) =>
      tierOf(
        scanMatches(r.title, words),
        words.every((w) => distinctWords(`${fold(r.title)} ${fold(r.rest)}`).includes(w)),
      );
    const kept = (r: Row) =>
      (f.columnId === undefined || r.columnId === f.columnId) &&
      (!f.genre || r.genre === f.genre) &&
      (!f.validity || r.validity === f.validity) &&
      (!f.topic || r.topic === f.topic) &&
      (!f.year || r.publishedOn.startsWith(String(f.year)));
    return rows
      .filter(
        (r) =>
          r.state === 'published' &&
          r.path.startsWith(portal.path) &&
          scanMatches(`${r.title}\n${r.rest}`, words) &&
          kept(r),
      )
      .sort((a, b) => rank(a) - rank(b) || b.publishedOn.localeCompare(a.publishedOn) || b.id - a.id)
      .map((r) => r.id);
  }

  test('the year filter offers exactly the years the portal’s subtree published in, newest first, on every level', async () => {
    for (const portal of portals) {
      const want = [
        ...new Set(
          rows
            .filter((r) => r.state === 'published' && r.path.startsWith(portal.path))
            .map((r) => Number(r.publishedOn.slice(0, 4))),
        ),
      ].sort((a, b) => b - a);
      assert.deepEqual(await publishedYears(t.db, portal), want, portal.path);
    }
  });

  const search = async (portal: Agency, q: string, f: PublicFilter = {}) => {
    const r = await listPublished(t.db, portal, ['id'], { ...f, q }, 1, 1000);
    return { total: r.total, ids: r.items.map((e) => e.id) };
  };

  /** A query: a piece of some entry's text (any state), maybe with a second piece, maybe in other letter forms. */
  const query = () =>
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 }), fc.boolean())
          .map(([e, at, len, inTitle]) => piece(e, at, len, inTitle)),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 }), fc.nat(), fc.nat())
          .map(([e, at, len, e2, at2]) => `${piece(e, at, len, true)} ${piece(e2, at2, 2, false)}`),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 })).map(([e, at, len]) =>
          piece(e, at, len, false)
            .replace(/[a-z]/g, (c) => c.toUpperCase())
            .replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
        ),
      },
      { weight: 1, arbitrary: text(1, 4) },
    );
  function piece(e: number, at: number, len: number, inTitle: boolean): string {
    const r = rows[e % rows.length]!;
    const source = [...(inTitle ? r.title : r.rest)];
    const start = at % Math.max(1, source.length);
    return source.slice(start, start + len).join('') || r.title;
  }

  test('property: every entry a substring scan finds, in rank order, the exact count, nothing unpublished', async () => {
    await fc.assert(
      fc.asyncProperty(query(), fc.nat({ max: 6 }), async (q, p) => {
        const portal = portals[p]!;
        const want = scan(portal, q);
        const got = await search(portal, q);
        assert.deepEqual(got.ids, want, `portal ${portal.kind} ${portal.path}, query ${JSON.stringify(q)}`);
        assert.equal(got.total, want.length);
      }),
      { numRuns: 150 },
    );
  });

  /** Any one or two of the filters a portal offers, with values the entries hold (and now and then one none holds). */
  const filter = () =>
    fc
      .record(
        {
          columnId: fc.option(
            fc.nat().map((n) => rows[n % rows.length]!.columnId),
            { nil: undefined },
          ),
          genre: fc.option(fc.constantFrom(...GENRES), { nil: undefined }),
          validity: fc.option(fc.constantFrom<Validity>('valid', 'expired', 'repealed'), { nil: undefined }),
          topic: fc.option(fc.constantFrom(...TOPICS.slice(0, 4)), { nil: undefined }),
          year: fc.option(fc.constantFrom(2023, 2024, 2025, 2026), { nil: undefined }),
        },
        { requiredKeys: [] },
      )
      .filter((f) => Object.values(f).filter((v) => v !== undefined).length <= 2);

  test('property: with filters, exactly the scan’s entries that meet them, with the query kept (and browsing with filters alone)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(query(), fc.constant('')), filter(), fc.nat({ max: 6 }), async (q, f, p) => {
        const portal = portals[p]!;
        const want = scan(portal, q, f);
        const got = await search(portal, q, f);
        // With no query every entry is in the first tier: the scan's order is then newest first, as browsing shows them.
        assert.deepEqual(
          got.ids,
          want,
          `portal ${portal.path}, query ${JSON.stringify(q)}, filter ${JSON.stringify(f)}`,
        );
        assert.equal(got.total, want.length);
      }),
      { numRuns: 150 },
    );
  });

  test('a correction is found only once published, in its corrected words; the words it replaced are gone', async () => {
    const township = portals[5]!;
    const id = await entryIn(
      t,
      township,
      { title: '青苗补偿标准公示', summary: '补偿标准', body: '每亩补偿八百元。', docNo: null },
      { on: '2026-02-03' },
    );
    const [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(t, township, ['clerk']),
      staffCtx(t, township, ['secrecy_reviewer']),
      staffCtx(t, township, ['reviewer']),
    ]);
    const version = async (x: number) => (await findEntry(t.db, { kind: 'system' }, x))!.version;
    const draft = await correctEntry(clerk, id, {
      ...draftInput(await columnId(t, township), {
        title: '青苗补偿标准公示（更正）',
        summary: '补偿标准',
        body: '每亩补偿九百元。',
        docNo: null,
      }),
      reason: '金额有误',
      version: await version(id),
    });
    for (const [c, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(c, draft.id, { action, comment: '', version: await version(draft.id) });
    for (const portal of [township, portals[2]!, portals[0]!]) {
      assert.deepEqual((await search(portal, '八百元')).ids, [id], 'before publication the public text is the old one');
      assert.deepEqual((await search(portal, '九百元')).ids, [], 'a correction in review is not searchable');
    }
    await publishEntry(
      makeCtx({ ...t, now: new Date('2026-02-10T02:00:00Z') }, reviewer.actor),
      draft.id,
      await version(draft.id),
    );
    for (const portal of [township, portals[2]!, portals[0]!]) {
      assert.deepEqual((await search(portal, '九百元')).ids, [id], 'the corrected entry under its own id');
      assert.deepEqual((await search(portal, '八百元')).ids, [], 'the replaced words are no longer found');
      assert.deepEqual((await search(portal, '（更正）')).ids, [id]);
    }
    rows = await readBack(t);
  });

  test('the kinds of query the issue names: 东和, 乡, 2023, 东政发〔2023〕5号, 危房改造, each whole and in pieces', async () => {
    const county = portals[2]!;
    const a = await entryIn(
      t,
      portals[3]!,
      {
        title: '东和乡农村危房改造实施方案',
        summary: '2023年度',
        body: '依据东政发〔2023〕5号文件。',
        docNo: '东政发〔2023〕5号',
      },
      { on: '2026-01-05' },
    );
    const b = await entryIn(
      t,
      portals[4]!,
      { title: '关于东和村道路的通知', summary: '乡道养护', body: '危房', docNo: null },
      { on: '2026-01-06' },
    );
    rows = await readBack(t);
    for (const q of [
      '东和',
      '乡',
      '2023',
      '东政发〔2023〕5号',
      '危房改造',
      '〔2023〕',
      '5号',
      '危房 东和',
      '２０２３',
    ]) {
      const want = scan(county, q);
      assert.deepEqual((await search(county, q)).ids, want, q);
      assert.ok(want.includes(a) || want.includes(b), `${q} finds one of the two`);
    }
  });

  test('pages of 3 put together are the whole list, for a query and for browsing (far pages read from the oldest end)', async () => {
    for (const portal of [portals[0]!, portals[2]!]) {
      for (const q of ['东', '']) {
        const whole = (await listPublished(t.db, portal, ['id'], { q: q || undefined }, 1, 1000)).items.map(
          (e) => e.id,
        );
        const pieces: number[] = [];
        for (let p = 1; p <= Math.ceil(whole.length / 3) + 1; p++) {
          const r = await listPublished(t.db, portal, ['id'], { q: q || undefined }, p, 3);
          assert.equal(r.total, whole.length);
          pieces.push(...r.items.map((e) => e.id));
        }
        assert.deepEqual(pieces, whole, `${portal.path} ${JSON.stringify(q)}`);
        assert.ok(whole.length > 6);
      }
    }
  });

  test('migration 0018 fills the index from the published entries (down, then up again)', async () => {
    const qs = ['东和', '危房改造', '乡', '〔2023〕', '2 东'];
    const before = await Promise.all(qs.map((q) => search(portals[0]!, q)));
    await m0018.down(t.db);
    await m0018.up(t.db);
    for (const [i, q] of qs.entries()) {
      assert.deepEqual(await search(portals[0]!, q), before[i], q);
      assert.deepEqual(before[i]!.ids, scan(portals[0]!, q), q);
    }
  });
});
