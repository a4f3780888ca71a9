import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArrangementLines } from './arrangement-lines.ts';

test('a notice typed as lines gives each day off and each make-up working day', () => {
  const days = parseArrangementLines(
    '# 2026 春节\n2026-02-15~2026-02-23 休 春节\n2026-02-14 班 春节\n\n2026-02-28 上班 春节\n',
  );
  assert.equal(days.length, 11);
  assert.deepEqual(days[0], { date: '2026-02-15', kind: 'off', name: '春节' });
  assert.deepEqual(days[8], { date: '2026-02-23', kind: 'off', name: '春节' });
  assert.deepEqual(
    days.filter((d) => d.kind === 'work').map((d) => d.date),
    ['2026-02-14', '2026-02-28'],
  );
});

test('an unreadable line, an impossible date, a reversed or overlong range are refused with their line numbers', () => {
  assert.throws(() => parseArrangementLines('2027-01-01 休 元旦\n元旦放假'), /第 2 行/);
  assert.throws(() => parseArrangementLines('2027-02-30 休 春节'), /第 1 行/);
  assert.throws(() => parseArrangementLines('2027-02-12~2027-02-06 休 春节'), /第 1 行/);
  assert.throws(() => parseArrangementLines('2027-01-01~2027-03-01 休 春节'), /超过 15 天/);
});
