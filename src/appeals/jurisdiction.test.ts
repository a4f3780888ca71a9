// The 复议机关 from the agency tree (行政复议法 2023): named concretely, never "本级人民政府" for a township.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DomainError } from '../errors.ts';
import { reviewBodyOf } from './jurisdiction.ts';

const province = { name: '示范省人民政府', kind: 'province' as const };
const city = { name: '示范市人民政府', kind: 'city' as const };
const county = { name: '示范县人民政府', kind: 'county' as const };

test('a township: the county government above it (第二十四条第一款第（二）项)', () => {
  assert.deepEqual(reviewBodyOf({ name: '东和乡人民政府', kind: 'township' }, [county, city, province]), {
    name: '示范县人民政府',
    basis: '行政复议法第二十四条第一款第（二）项',
  });
});

test("a county department: its own level's government; a street: the district that set it up", () => {
  assert.equal(reviewBodyOf({ name: '示范县自然资源局', kind: 'department' }, [county, city]).name, '示范县人民政府');
  assert.equal(reviewBodyOf({ name: '示范市自然资源局', kind: 'department' }, [city, province]).name, '示范市人民政府');
  assert.deepEqual(
    reviewBodyOf({ name: '城关街道办事处', kind: 'street' }, [{ name: '示范区人民政府', kind: 'county' }]),
    { name: '示范区人民政府', basis: '行政复议法第二十四条第一款第（三）项' },
  );
});

test('a vertical department (税务、海关 …): the 上一级主管部门, not the local government (第二十七条)', () => {
  const cityTax = { name: '国家税务总局示范市税务局', kind: 'vertical' as const };
  assert.deepEqual(reviewBodyOf({ name: '国家税务总局示范县税务局', kind: 'vertical' }, [cityTax]), {
    name: '国家税务总局示范市税务局',
    basis: '行政复议法第二十七条',
  });
  assert.throws(
    () => reviewBodyOf({ name: '国家税务总局示范县税务局', kind: 'vertical' }, [county]),
    (e: DomainError) => e.code === 'conflict' && /上一级主管部门/.test(e.message),
  );
});

test('a county or city government: the government one level up; a province: itself (第二十四条第二款)', () => {
  assert.equal(reviewBodyOf(county, [city, province]).name, '示范市人民政府');
  assert.equal(reviewBodyOf(city, [province]).name, '示范省人民政府');
  assert.deepEqual(reviewBodyOf(province, []), { name: '示范省人民政府', basis: '行政复议法第二十四条第二款' });
});

test('a township with no county in the tree cannot name its 复议机关: refused, saying how to fix the tree', () => {
  assert.throws(
    () => reviewBodyOf({ name: '东和乡人民政府', kind: 'township' }, []),
    (e: DomainError) => e.code === 'conflict' && /机关目录/.test(e.message),
  );
});
