// The public list page is served from a cache, and a change to what is public shows at once: a withdrawn entry is gone
// from the very next page, a corrected title replaces the old one, a newly published entry appears, a draft never
// shows. Two app instances over one database stand for two processes (or the CLI): each sees the other's changes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Agency } from '../../src/agencies/store.ts';
import { correctEntry } from '../../src/catalogue/correct-entry.ts';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import type { EntryInput } from '../../src/catalogue/form.ts';
import { publishEntry } from '../../src/catalogue/publish-entry.ts';
import { reviewEntry } from '../../src/catalogue/review-entry.ts';
import { findEntry } from '../../src/catalogue/store.ts';
import { withdrawEntry } from '../../src/catalogue/withdraw-entry.ts';
import type { Ctx } from '../../src/context.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency } from '../factories.ts';
import { listen, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: cached public catalogue pages`, () => {
  let s: TestServer;
  let second: FastifyInstance;
  let secondUrl: string;
  let agency: Agency;
  let clerk: Ctx, secrecy: Ctx, reviewer: Ctx;
  let col: number;
  const version = async (id: number) => (await findEntry(s.db, { kind: 'system' }, id))!.version;
  const publish = async (o: Partial<EntryInput>) => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col, o));
    for (const [ctx, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, id, { action, comment: '', version: await version(id) });
    await publishEntry(reviewer, id, await version(id));
    return id;
  };
  const list = async (base: string, query = '') => {
    const res = await fetch(`${base}/${agency.code}/catalogue${query}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('set-cookie'), null, 'a public page without forms sets no cookie');
    return res.text();
  };

  before(async () => {
    s = await startTestServer();
    ({ app: second, url: secondUrl } = await listen(s));
    agency = await buildAgency(s, { kind: 'township' });
    [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(s, agency, ['clerk']),
      staffCtx(s, agency, ['secrecy_reviewer']),
      staffCtx(s, agency, ['reviewer']),
    ]);
    col = await columnId(s, agency);
  });
  after(async () => {
    await second.close();
    await s.close();
  });

  test('a withdrawn entry disappears from the cached list page immediately, on every instance', async () => {
    const id = await publish({ title: '春耕物资发放公示（将撤下）' });
    await publish({ title: '医保集中缴费通知（保留）' });
    for (const base of [s.url, secondUrl]) {
      assert.match(await list(base), /将撤下/);
      assert.match(await list(base), /将撤下/); // now served from each instance's cache
    }
    await withdrawEntry(reviewer, id, { reason: '信息有误', version: await version(id) });
    for (const base of [s.url, secondUrl]) {
      const page = await list(base);
      assert.doesNotMatch(page, /将撤下/);
      assert.match(page, /保留/);
    }
  });

  test('a correction, a new publication and a filtered page show at once; drafts never', async () => {
    const id = await publish({ title: '农村危房改造名单（原标题）' });
    const filtered = `?column=${col}`;
    assert.match(await list(s.url, filtered), /原标题/);
    assert.match(await list(secondUrl), /原标题/);
    const current = (await findEntry(s.db, { kind: 'system' }, id))!;
    const draft = await correctEntry(clerk, id, {
      ...draftInput(col),
      title: '农村危房改造名单（更正后）',
      reason: '名单有误',
      version: current.version,
    });
    for (const [ctx, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, draft.id, { action, comment: '', version: await version(draft.id) });
    assert.match(await list(s.url, filtered), /原标题/, 'not before the correction is published');
    await publishEntry(reviewer, draft.id, await version(draft.id));
    for (const base of [s.url, secondUrl]) {
      const page = await list(base, filtered);
      assert.doesNotMatch(page, /原标题/);
      assert.match(page, /更正后/);
    }
    await createEntry(clerk, agency.code, draftInput(col, { title: '草稿不得公开' }));
    await publish({ title: '防汛值班安排（新发布）' });
    for (const base of [s.url, secondUrl]) {
      const page = await list(base);
      assert.match(page, /新发布/);
      assert.doesNotMatch(page, /草稿不得公开/);
    }
  });
});
