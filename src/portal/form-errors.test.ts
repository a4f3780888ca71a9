import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorSummary } from './form-errors.ts';

const LABELS = { name: '姓名', phone: '联系电话', infoTitle: '所需信息名称' };

test('the error summary lists problems in the order of the fields on the page, whatever order they were found in', () => {
  const out = errorSummary('有误', { infoTitle: '请填写', name: '请填写', phone: '格式不对' }, LABELS).value;
  assert.deepEqual(
    [...out.matchAll(/href="#f-(\w+)"/g)].map((m) => m[1]),
    ['name', 'phone', 'infoTitle'],
  );
});

test('the error summary names fields by their labels; a problem without a field on the page is listed by its message alone', () => {
  const out = errorSummary('有误', { _: '表单已过期', phone: '格式不对' }, LABELS).value;
  assert.match(out, /<a href="#f-phone">联系电话：格式不对<\/a>/);
  assert.match(out, /<li>表单已过期<\/li>/);
  assert.ok(!out.includes('>_'));
});

test('without field messages the summary shows the message; without a message there is no summary', () => {
  assert.match(errorSummary('没有找到', undefined, LABELS).value, /<p>没有找到<\/p>/);
  assert.equal(errorSummary(undefined, { phone: 'x' }, LABELS).value, '');
});
