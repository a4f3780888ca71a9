import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyTaskStatus, parseSheet, scoreUnit } from './assessment.ts';

test('a scoring sheet is read from lines of item and points', () => {
  assert.deepEqual(parseSheet('栏目按时更新 20\n依申请按期答复率 30分\n\n培训参与 10'), [
    { name: '栏目按时更新', points: 20 },
    { name: '依申请按期答复率', points: 30 },
    { name: '培训参与', points: 10 },
  ]);
});

test('a sheet line without points, with zero or over 100 points, or an empty sheet is refused with its line', () => {
  assert.throws(() => parseSheet('栏目按时更新\n培训 10'), /第 1 行/);
  assert.throws(() => parseSheet('培训 0'), /第 1 行/);
  assert.throws(() => parseSheet('培训 101'), /第 1 行/);
  assert.throws(() => parseSheet('  \n'), /至少填写一个/);
});

test('a unit scores each item between 0 and its points; the total is their sum', () => {
  const sheet = parseSheet('栏目按时更新 20\n培训参与 10');
  assert.equal(scoreUnit(sheet, [18.5, 10]), 28.5);
  assert.throws(() => scoreUnit(sheet, [21, 10]), /栏目按时更新.*0–20/);
  assert.throws(() => scoreUnit(sheet, [-1, 10]), /0–20/);
  assert.throws(() => scoreUnit(sheet, [10]), /2 个项目/);
});

test('a key task is overdue once its due date passes undone, and done late when finished after it', () => {
  assert.equal(keyTaskStatus({ dueOn: '2026-06-30', doneOn: null }, '2026-06-30'), 'open');
  assert.equal(keyTaskStatus({ dueOn: '2026-06-30', doneOn: null }, '2026-07-01'), 'overdue');
  assert.equal(keyTaskStatus({ dueOn: '2026-06-30', doneOn: '2026-06-29' }, '2026-12-01'), 'done');
  assert.equal(keyTaskStatus({ dueOn: '2026-06-30', doneOn: '2026-07-02' }, '2026-12-01'), 'done_late');
});
