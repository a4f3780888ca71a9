import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { detect, idCheckChar, isValidIdCard, luhnValid, maskAll } from './detect.ts';

// A valid ID number built from its first 17 digits (the check character is computed, not copied from anywhere).
const ID = (first17: string) => first17 + idCheckChar(first17);
const VALID_ID = ID('11010519491231002'); // GB 11643's own example: 11010519491231002X
const kinds = (t: string) => detect(t).map((f) => f.kind);

test('the GB 11643 example ID number has check character X and is found in a 低保 list', () => {
  assert.equal(VALID_ID, '11010519491231002X');
  assert.ok(isValidIdCard(VALID_ID));
  assert.deepEqual(kinds(`低保对象：张三，身份证号 ${VALID_ID}，已审核。`), ['id_card']);
});

test('an 18-digit string with a wrong check digit is not flagged as an ID number', () => {
  const wrong = `${VALID_ID.slice(0, 17)}1`;
  assert.ok(!kinds(`编号 ${wrong}`).includes('id_card'));
});

test('random digit strings are not flagged (property: ≤ 1 in 11 pass the check; never a bank card unless Luhn)', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9]{18}$/), (digits) => {
      const found = detect(`项目编号${digits}号`);
      return found.every((f) =>
        f.kind === 'id_card' ? isValidIdCard(f.text) : f.kind !== 'bank_card' || luhnValid(f.text),
      );
    }),
  );
  assert.deepEqual(kinds('合同编号 20250312000123456789 金额 1234567 元'), []);
});

test('mobile and landline numbers, Luhn-valid bank cards and emails are found', () => {
  assert.deepEqual(kinds('联系人手机 13812345678'), ['mobile']);
  assert.deepEqual(kinds('咨询电话：0371-65432109'), ['landline']);
  assert.deepEqual(kinds('卡号 6222021234567890128 请核对'), luhnValid('6222021234567890128') ? ['bank_card'] : []);
  assert.deepEqual(kinds('卡号 4111 1111 1111 1111'), ['bank_card']);
  assert.deepEqual(kinds('卡号 4111111111111112'), []);
  assert.deepEqual(kinds('邮箱 zhangsan@example.com'), ['email']);
});

test('house-number addresses and secret marks are found', () => {
  assert.deepEqual(kinds('住址：东和乡和平村3组12号'), ['address']);
  assert.deepEqual(kinds('机密★1年 内部资料 不得外传'), ['secret_mark', 'secret_mark', 'secret_mark']);
  assert.deepEqual(kinds('本文件涉密，请勿转发'), ['secret_mark']);
});

test('the principle "涉密不上网、上网不涉密" quoted in a report is not a secret mark', () => {
  assert.deepEqual(kinds('严格按照“涉密不上网、上网不涉密”的原则，坚持先审后发'), []);
  assert.deepEqual(kinds('“涉密不上网 上网不涉密”'), []);
});

test('masking hides the birth date of an ID number and keeps the ends of a phone number', () => {
  const text = `身份证 ${VALID_ID} 手机 13812345678`;
  const masked = maskAll(text, detect(text));
  assert.equal(masked, '身份证 110105********002X 手机 138****5678');
  assert.deepEqual(detect(masked), []);
});
