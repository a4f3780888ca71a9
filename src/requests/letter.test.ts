// The content of letters (pure): what each must contain, the 复议机关 named with the periods as the law states them,
// the article each consultation letter rests on, the reasons of a refusal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DomainError } from '../errors.ts';
import { availableLetters, buildLetter, type Issuer } from './letter.ts';
import { remediesText } from './remedies.ts';
import type { EventRow, RequestRow } from './store.ts';

const c = {
  number: 'YS202603020001',
  received_on: '2026-03-02',
  applicant_name: '张三',
  info_title: '某信息',
  form_wanted: 'paper',
  delivery: 'post',
  outcome: null,
} as unknown as RequestRow;
const ev = (type: EventRow['type'], data: Record<string, unknown>): EventRow => ({
  id: 1,
  type,
  onDate: '2026-03-03',
  at: '',
  actor: '',
  stateAfter: 'processing',
  data,
});
const issuer: Issuer = {
  name: '东和乡人民政府',
  reviewBody: () => ({ name: '示范县人民政府', basis: '行政复议法第二十四条第一款第（二）项' }),
  docNumber: '东和乡依申公开〔2026〕1号',
};
const letter = (
  kind: Parameters<typeof buildLetter>[0],
  outcome: string | null,
  data: Record<string, unknown>,
  type: EventRow['type'] = 'replied',
) => buildLetter(kind, { ...c, outcome } as RequestRow, issuer, [ev(type, data)], '2026-03-10');
const all = (l: ReturnType<typeof letter>) => [...l.body, l.remedies ?? ''].join('\n');

test('a 补正告知书 without the items to correct is refused, naming the missing part', () => {
  assert.throws(
    () => letter('correction', null, { replyBy: '2026-03-20' }, 'correction_requested'),
    (e: DomainError) => e.code === 'illegal_transition' && /缺少必需内容：正文第 2 段/.test(e.message),
  );
});

test('a 收费通知 without its amount or basis is refused', () => {
  assert.throws(() => letter('fee', null, {}, 'fee_notice_sent'), /缺少必需内容/);
});

test('only the letters whose step happened are available; 不予处理 replies get the 不予处理告知书', () => {
  assert.deepEqual(availableLetters(c, [ev('correction_requested', {})]), ['correction']);
  assert.deepEqual(availableLetters({ ...c, outcome: 'petition' }, [ev('replied', {})]), ['not_processed']);
  assert.deepEqual(availableLetters({ ...c, outcome: 'disclosed' }, [ev('replied', {})]), ['reply']);
});

test('remedies name the 复议机关 and state the periods as the law does, from receipt, with no computed date', () => {
  const body = { name: '示范县人民政府', basis: '行政复议法第二十四条第一款第（二）项' };
  const other = remediesText(body, false);
  assert.match(other, /自收到本告知书之日起60日内向示范县人民政府申请行政复议/);
  assert.match(other, /自收到本告知书之日起6个月内依法向人民法院提起行政诉讼/);
  const refusal = remediesText(body, true);
  assert.match(refusal, /应当先申请行政复议（《中华人民共和国行政复议法》第二十三条第一款第（四）项、第二款）/);
  assert.match(refusal, /自收到本告知书之日起60日内向示范县人民政府申请行政复议/);
  assert.doesNotMatch(refusal, /6个月/);
  for (const text of [other, refusal]) {
    assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}|本级人民政府|上一级行政机关/);
  }
});

test('a refusal letter gives its reasons and says 行政复议 comes first; without reasons it is refused', () => {
  const l = letter('reply', 'state_secret', {
    outcome: 'state_secret',
    basis: '条例第十四条',
    reason: '该文件经定密为秘密级',
  });
  assert.ok(l.body.includes('理由：该文件经定密为秘密级'));
  assert.match(l.remedies!, /应当先申请行政复议/);
  assert.deepEqual([l.addressee, l.docNumber], ['张三', '东和乡依申公开〔2026〕1号']);
  assert.throws(
    () => letter('reply', 'partial', { outcome: 'partial', basis: '条例第三十七条' }),
    /缺少必需内容：理由（条例第三十六条第（三）项、第三十七条）/,
  );
  assert.throws(
    () => letter('not_processed', 'duplicate', { outcome: 'duplicate', basis: '条例第三十六条第（六）项' }),
    /缺少必需内容：理由/,
  );
});

test('无法提供 because another body is responsible names that body and its contact (第三十六条第（五）项)', () => {
  const l = letter('reply', 'not_this_agency', {
    outcome: 'not_this_agency',
    basis: '条例第三十六条第（五）项',
    holder: '示范县自然资源局',
    holderContact: '0000-1234567',
  });
  assert.match(all(l), /负责公开该信息的机关为示范县自然资源局（联系方式：0000-1234567），请向该机关提出申请/);
  assert.throws(
    () => letter('reply', 'not_this_agency', { outcome: 'not_this_agency', basis: '条例第三十六条第（五）项' }),
    /缺少必需内容：负责公开该信息的机关/,
  );
});

test('an extension notice carries no remedies: it decides nothing of the application', () => {
  const l = letter('extension', null, { workingDays: 10 }, 'extension_approved');
  assert.equal(l.remedies, null);
  assert.doesNotMatch(all(l), /如对本答复不服/);
});

test('a 第三十四条 letter to another agency says silence is consent; a 第三十二条 letter to a third party says the agency decides', () => {
  const agency = letter('consultation', null, { party: 'agency', partyName: '示范县财政局' }, 'consultation_started');
  assert.equal(agency.addressee, '示范县财政局');
  assert.match(all(agency), /第三十四条/);
  assert.match(all(agency), /自收到本函之日起15个工作日内提出意见；逾期未提出意见的，视为同意公开/);
  assert.doesNotMatch(all(agency), /第三十二条|合法权益|决定是否公开/);
  assert.equal(agency.basis, '条例第三十四条');
  const third = letter('consultation', null, { party: 'third_party', partyName: '某建筑公司' }, 'consultation_started');
  assert.match(all(third), /第三十二条/);
  assert.match(all(third), /逾期未提出意见的，由本机关依照条例的规定决定是否公开/);
  assert.doesNotMatch(all(third), /视为同意/);
  assert.throws(() => letter('consultation', null, { party: 'agency' }, 'consultation_started'), /缺少必需内容：主送/);
});
