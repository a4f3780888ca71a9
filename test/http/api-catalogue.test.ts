// The catalogue through the API alone, with personal API tokens: an entry drafted, edited (with its version), given
// attachments, screened, reviewed through 保密审查, 审核 and 签发, published (and only then on the portal), pushed to a
// channel, corrected through a reviewed correction draft, and withdrawn — each step audited as the back office's is.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { draftInput, pdfFile, xlsxFile } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';
import { apiUpload, tokenFor } from './catalogue-api.ts';

const E = '/api/v1/staff/catalogue/entries';

describe(`${DIALECT}: the catalogue through the API`, () => {
  let s: TestServer;
  let code = '';
  let api: Client;
  const tok = { clerk: '', secrecy: '', reviewer: '', head: '', admin: '' };
  let column = 0;

  before(async () => {
    s = await startTestServer();
    const agency = await buildAgency(s, { kind: 'township', name: '接口测试乡人民政府' });
    code = agency.code;
    api = new Client(s.url);
    for (const [k, role] of [
      ['clerk', 'clerk'],
      ['secrecy', 'secrecy_reviewer'],
      ['reviewer', 'reviewer'],
      ['head', 'head'],
      ['admin', 'admin'],
    ] as const)
      tok[k] = await tokenFor(s, await buildStaff(s, code, [role]));
    const cols = await api.json('/api/v1/staff/catalogue/columns', { token: tok.clerk });
    assert.equal(cols.status, 200);
    column = cols.body.columns.find((c: { name: string }) => c.name === '通知公告').id;
  });
  after(async () => {
    await s.close();
  });

  const call = (token: string, path: string, method = 'GET', body?: unknown) =>
    api.json(path, { method, token, ...(body === undefined ? {} : { body }) });
  const ok = async (token: string, path: string, method = 'GET', body?: unknown, status = 200) => {
    const r = await call(token, path, method, body);
    assert.equal(r.status, status, `${method} ${path}: ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const onPortal = async (id: number) => (await api.get(`/${code}/catalogue/${id}`)).status === 200;
  const inPublicApi = async (id: number) =>
    (await api.json(`/api/v1/catalogue?agency=${code}`)).body.items.some((e: { id: number }) => e.id === id);

  test('an entry goes from draft through review and 签发 to publication, correction and withdrawal by API alone', async () => {
    await ok(tok.admin, '/api/v1/staff/catalogue/settings', 'PUT', {
      requireSignOff: true,
      office: '党政办公室',
      address: '',
      hours: '',
      phone: '',
      fax: '',
      postcode: '',
      email: 'gk@example.gov.cn',
      website: '',
    });
    assert.equal((await ok(tok.clerk, '/api/v1/staff/catalogue/settings')).requireSignOff, true);

    const input = draftInput(column, { body: '低保复核结果公示。联系人电话 13912345678。' });
    let e = await ok(tok.clerk, E, 'POST', input, 201);
    assert.equal(e.state, 'draft');
    assert.equal(e.version, 1);
    assert.match(e.indexNo, /\d{4}-\d+/);
    assert.equal(await onPortal(e.id), false);

    e = await ok(tok.clerk, `${E}/${e.id}`, 'PUT', { ...input, title: '关于城乡低保复核结果的公示', version: 1 });
    assert.equal(e.title, '关于城乡低保复核结果的公示');
    assert.equal(e.version, 2);
    const stale = await call(tok.clerk, `${E}/${e.id}`, 'PUT', { ...input, version: 1 });
    assert.equal(stale.status, 409, 'a stale version is refused');
    assert.ok(hasChinese(stale.body.error.message));

    const xlsx = await apiUpload(
      s.url,
      tok.clerk,
      `${E}/${e.id}/attachments`,
      '复核名单.xlsx',
      await xlsxFile([
        ['户主', '人数'],
        ['甲', '3'],
      ]),
    );
    assert.equal(xlsx.status, 201, JSON.stringify(xlsx.body));
    const pdf = await apiUpload(s.url, tok.clerk, `${E}/${e.id}/attachments`, '旧版.pdf', await pdfFile(['旧版名单']));
    assert.equal(pdf.status, 201);
    assert.deepEqual(
      pdf.body.attachments.map((a: { filename: string }) => a.filename),
      ['复核名单.xlsx', '旧版.pdf'],
    );
    const old = pdf.body.attachments[1].id;
    e = await ok(tok.clerk, `${E}/${e.id}/attachments/${old}`, 'DELETE');
    assert.deepEqual(
      e.attachments.map((a: { filename: string }) => a.filename),
      ['复核名单.xlsx'],
    );

    e = await ok(tok.clerk, `${E}/${e.id}/review`, 'POST', { action: 'submit', version: e.version });
    assert.equal(e.state, 'secrecy_review');
    const finding = e.findings.find((f: { kind: string; state: string }) => f.kind === 'mobile' && f.state === 'open');
    assert.ok(finding, 'the scanner found the phone number in the body');
    const own = await call(tok.clerk, `${E}/${e.id}/review`, 'POST', { action: 'approve', version: e.version });
    assert.equal(own.status, 403, 'a clerk cannot approve');

    e = await ok(tok.secrecy, `${E}/${e.id}/findings/${finding.id}`, 'POST', { how: 'mask' });
    assert.equal(e.findings.find((f: { id: number }) => f.id === finding.id).state, 'masked');
    assert.ok(!e.body.includes('13912345678'), 'the number is masked in the body');
    for (const [token, to] of [
      [tok.secrecy, 'review'],
      [tok.reviewer, 'sign_off'],
      [tok.head, 'ready'],
    ] as const) {
      e = await ok(token, `${E}/${e.id}/review`, 'POST', { action: 'approve', comment: '同意', version: e.version });
      assert.equal(e.state, to);
    }
    assert.equal(await onPortal(e.id), false, 'not public before it is published');
    assert.equal(await inPublicApi(e.id), false);

    e = await ok(tok.reviewer, `${E}/${e.id}/publish`, 'POST', { version: e.version });
    assert.equal(e.state, 'published');
    assert.ok(e.publishedOn);
    assert.deepEqual(
      e.approvals.map((a: { decision: string; step: string }) => `${a.step}:${a.decision}`),
      ['draft:submit', 'secrecy_review:approve', 'review:approve', 'sign_off:approve', 'ready:publish'],
    );
    assert.equal(await onPortal(e.id), true, 'public once published');
    assert.equal(await inPublicApi(e.id), true);

    e = await ok(tok.reviewer, `${E}/${e.id}/posts`, 'POST', { channel: 'board', note: '村务公开栏' });
    assert.deepEqual(
      e.posts.map((p: { channel: string }) => p.channel),
      ['board'],
    );

    const published = e;
    let fix = await ok(
      tok.clerk,
      `${E}/${published.id}/corrections`,
      'POST',
      { ...input, title: '关于城乡低保复核结果的公示（更正）', reason: '更正户数统计', version: published.version },
      201,
    );
    assert.equal(fix.correctsId, published.id);
    assert.equal(fix.state, 'draft');
    fix = await ok(tok.clerk, `${E}/${fix.id}/review`, 'POST', { action: 'submit', version: fix.version });
    for (const f of fix.findings.filter((x: { state: string }) => x.state === 'open'))
      fix = await ok(tok.secrecy, `${E}/${fix.id}/findings/${f.id}`, 'POST', { how: 'mask' });
    for (const token of [tok.secrecy, tok.reviewer, tok.head])
      fix = await ok(token, `${E}/${fix.id}/review`, 'POST', { action: 'approve', version: fix.version });
    assert.match((await api.get(`/${code}/catalogue/${published.id}`)).text, /关于城乡低保复核结果的公示(?!（更正）)/);
    fix = await ok(tok.reviewer, `${E}/${fix.id}/publish`, 'POST', { version: fix.version });
    assert.equal(fix.state, 'applied');
    e = await ok(tok.clerk, `${E}/${published.id}`);
    assert.equal(e.title, '关于城乡低保复核结果的公示（更正）');
    assert.equal(e.corrected, true);
    assert.equal(e.versions.length, 1);
    assert.match((await api.get(`/${code}/catalogue/${published.id}`)).text, /（更正）/);

    const refused = await call(tok.clerk, `${E}/${e.id}/withdraw`, 'POST', {
      reason: '政策已调整',
      version: e.version,
    });
    assert.equal(refused.status, 403, 'a clerk cannot withdraw');
    e = await ok(tok.reviewer, `${E}/${e.id}/withdraw`, 'POST', { reason: '政策已调整', version: e.version });
    assert.equal(e.state, 'withdrawn');
    assert.equal(await onPortal(e.id), false, 'gone from the portal once withdrawn');
    assert.equal(await inPublicApi(e.id), false);

    const audit = await s.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'catalogue_entry')
      .where('object_id', 'in', [String(published.id), String(fix.id)])
      .execute();
    const actions = new Set(audit.map((a) => a.action));
    for (const a of [
      'catalogue.entry_created',
      'catalogue.entry_updated',
      'catalogue.attachment_added',
      'catalogue.attachment_removed',
      'catalogue.reviewed',
      'catalogue.finding_resolved',
      'catalogue.published',
      'catalogue.channel_posted',
      'catalogue.correction_drafted',
      'catalogue.withdrawn',
    ])
      assert.ok(actions.has(a), `audited: ${a}`);
  });

  test('a session writes with its CSRF token only; a bearer token needs none', async () => {
    const u = await buildStaff(s, code, ['clerk']);
    const c = new Client(s.url);
    await c.login(u.username, u.password);
    const body = draftInput(column, { title: '会话起草的信息' });
    const bare = await c.json(E, { method: 'POST', body });
    assert.equal(bare.status, 403);
    assert.ok(hasChinese(bare.body.error.message));
    const csrf = await c.csrf('/admin/account');
    const made = await c.json(E, { method: 'POST', body, headers: { 'x-csrf-token': csrf } });
    assert.equal(made.status, 201);
    assert.equal((await c.json(`${E}/${made.body.id}`)).body.title, '会话起草的信息');
  });
});
