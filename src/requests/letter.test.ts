import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCalendar } from '../calendar/working-days.ts';

const WEEKENDS_ONLY = buildCalendar([]); // no year loaded: weekends only
import { DomainError } from '../errors.ts';
import { availableLetters, buildLetter, remediesText } from './letter.ts';
import type { EventRow, RequestRow } from './store.ts';

const c = { number: 'YS202603020001', received_on: '2026-03-02', applicant_name: '张三', info_title: '某信息', form_wanted: 'paper', delivery: 'post', outcome: null } as unknown as RequestRow;
const ev = (type: EventRow['type'], data: Record<string, unknown>): EventRow => ({ id: 1, type, onDate: '2026-03-03', at: '', actor: '', stateAfter: 'processing', data });

test('a 补正告知书 without the items to correct is refused, naming the missing part', () => {
  assert.throws(() => buildLetter(WEEKENDS_ONLY, 'correction', c, '东和乡人民政府', [ev('correction_requested', { replyBy: '2026-03-20' })], '2026-03-03'),
    (e: DomainError) => e.code === 'illegal_transition' && /缺少必需内容：正文第 2 段/.test(e.message));
});

test('a 收费通知 without its amount or basis is refused', () => {
  assert.throws(() => buildLetter(WEEKENDS_ONLY, 'fee', c, '东和乡人民政府', [ev('fee_notice_sent', {})], '2026-03-03'), /缺少必需内容/);
});

test('only the letters whose step happened are available; 不予处理 replies get the 不予处理告知书', () => {
  assert.deepEqual(availableLetters(c, [ev('correction_requested', {})]), ['correction']);
  assert.deepEqual(availableLetters({ ...c, outcome: 'petition' }, [ev('replied', {})]), ['not_processed']);
  assert.deepEqual(availableLetters({ ...c, outcome: 'disclosed' }, [ev('replied', {})]), ['reply']);
});

test('remedies: a refusal names 行政复议 first and no direct lawsuit; others give both last days', () => {
  const refusal = remediesText(WEEKENDS_ONLY, '2026-03-10', true);
  assert.match(refusal, /行政复议法第二十三条/);
  assert.match(refusal, /2026-05-11/); // 60 days after 03-10 is Saturday 05-09, rolled to Monday
  assert.doesNotMatch(refusal, /6个月/);
  assert.match(remediesText(WEEKENDS_ONLY, '2026-03-10', false), /2026-09-10/);
});
