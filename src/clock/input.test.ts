import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors.ts';
import { parseDeadlineInput } from './input.ts';

function refused(json: unknown, field: string, message: RegExp): void {
  assert.throws(
    () => parseDeadlineInput(json),
    (e: unknown) => {
      assert.ok(e instanceof DomainError && e.code === 'invalid_input');
      assert.match(e.fields?.[field] ?? '', message, JSON.stringify(e.fields));
      return true;
    },
  );
}
const ok = { received: '2025-09-28', channel: 'online' };

test('a minimal case parses, events default to none and party to third_party', () => {
  assert.deepEqual(parseDeadlineInput(ok).events, []);
  const p = parseDeadlineInput({ ...ok, events: [{ type: 'consultationStarted', date: '2025-10-09' }] });
  assert.deepEqual(p.events[0], { type: 'consultationStarted', date: '2025-10-09', party: 'third_party' });
});
test('an unknown event type is refused, naming the known ones', () =>
  refused(
    { ...ok, events: [{ type: 'paused', date: '2025-10-09' }] },
    'events.0.type',
    /未知的事件类型.*correctionRequested/,
  ));
test('a date that does not exist (2025-02-29) is refused', () =>
  refused({ ...ok, received: '2025-02-29' }, 'received', /不是真实存在的日期/));
test('an unknown channel is refused', () => refused({ ...ok, channel: 'pigeon' }, 'channel', /in_person/));
test('a misspelt field is refused', () =>
  refused({ ...ok, events: [{ type: 'extended', date: '2025-10-09', workingdays: 5 }] }, 'events.0', /workingdays/));
test('an extension over 20 working days is refused (第三十三条第二款)', () =>
  refused(
    { ...ok, events: [{ type: 'extended', date: '2025-10-09', workingDays: 21 }] },
    'events.0.workingDays',
    /最长不得超过20个工作日/,
  ));
test('two extensions adding up to more than 20 are refused', () =>
  refused(
    {
      ...ok,
      events: [
        { type: 'extended', date: '2025-10-09', workingDays: 15 },
        { type: 'extended', date: '2025-10-10', workingDays: 6 },
      ],
    },
    'events.1',
    /合计 21/,
  ));
test('events out of date order are refused', () =>
  refused(
    {
      ...ok,
      events: [
        { type: 'feeNoticeSent', date: '2025-10-20' },
        { type: 'feePaid', date: '2025-10-10' },
      ],
    },
    'events.1',
    /按日期先后/,
  ));
test('an event before the receipt is refused', () =>
  refused({ ...ok, events: [{ type: 'feeNoticeSent', date: '2025-09-01' }] }, 'events.0', /早于收到申请之日/));
test('a corrected application without a 补正 notice is refused', () =>
  refused({ ...ok, events: [{ type: 'correctionReceived', date: '2025-10-09' }] }, 'events.0', /先有告知补正/));
test('a second 补正 notice is refused (一次性告知)', () =>
  refused(
    {
      ...ok,
      events: [
        { type: 'correctionRequested', date: '2025-09-29' },
        { type: 'correctionRequested', date: '2025-09-30' },
      ],
    },
    'events.1',
    /一次性/,
  ));
test('a consultation end without its start (same party) is refused', () =>
  refused(
    {
      ...ok,
      events: [
        { type: 'consultationStarted', date: '2025-10-09', party: 'agency' },
        { type: 'consultationEnded', date: '2025-10-10' },
      ],
    },
    'events.1',
    /先有开始/,
  ));
test('a payment without a fee notice is refused', () =>
  refused({ ...ok, events: [{ type: 'feePaid', date: '2025-10-09' }] }, 'events.0', /先有收费通知/));
test('a delayed reply needs a later date and a reason (第三十五条)', () => {
  refused(
    { ...ok, events: [{ type: 'delayedReply', date: '2025-10-09', until: '2025-10-09', reason: '数量多' }] },
    'events.0',
    /应晚于/,
  );
  refused(
    { ...ok, events: [{ type: 'delayedReply', date: '2025-10-09', until: '2025-12-09', reason: ' ' }] },
    'events.0.reason',
    /理由/,
  );
});
