import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { uniqueCode } from '../../test/factories.ts';
import { makeCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { importAgencies } from './import-agencies.ts';
import { findPublicAgency, listChildren } from './store.ts';

describe(`${DIALECT}: importing the agency tree from CSV`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });
  const cli = () => makeCtx(t, { kind: 'system', label: 'test' });

  test('a tree is imported with parents listed after their children, and paths nest', async () => {
    const [county, town, dept] = [uniqueCode('c'), uniqueCode('t'), uniqueCode('d')];
    const csv = `code,name,kind,parent_code,org_code\n${town},东和乡人民政府,乡镇,${county},\n${county},示范县人民政府,县,,11100000000013127D\n${dept},示范县民政局,部门,${county},\n`;
    const r = await importAgencies(cli(), csv);
    assert.deepEqual(r.created.sort(), [county, town, dept].sort());
    const c = await findPublicAgency(t.db, county);
    const tw = await findPublicAgency(t.db, town);
    assert.equal(tw?.parentId, c?.id);
    assert.equal(tw?.path, `${c?.path}${tw?.id}/`);
    assert.equal(c?.orgCode, '11100000000013127D');
    assert.equal((await listChildren(t.db, c!.id)).length, 2);
  });

  test('re-importing the same file changes nothing; a changed name is an update', async () => {
    const code = uniqueCode();
    await importAgencies(cli(), `code,name,kind,parent_code,org_code\n${code},甲乡人民政府,乡镇,,\n`);
    assert.deepEqual(
      (await importAgencies(cli(), `code,name,kind,parent_code,org_code\n${code},甲乡人民政府,乡镇,,\n`)).unchanged,
      [code],
    );
    assert.deepEqual(
      (await importAgencies(cli(), `code,name,kind,parent_code,org_code\n${code},甲镇人民政府,乡镇,,\n`)).updated,
      [code],
    );
  });

  test('every error names its line, and nothing is written when any line is wrong', async () => {
    const good = uniqueCode();
    const csv = `code,name,kind,parent_code,org_code\n${good},好机关,乡镇,,\nBad Code,名称,乡镇,,\n${uniqueCode()},乙乡,星球,,\n${uniqueCode()},丙乡,乡镇,nowhere-xyz,\n${uniqueCode()},丁乡,乡镇,,123\n`;
    await assert.rejects(importAgencies(cli(), csv), (err: DomainError) => {
      assert.equal(err.code, 'invalid_input');
      assert.match(err.message, /第 3 行/);
      assert.match(err.message, /第 4 行.*机关类别/);
      assert.match(err.message, /第 6 行.*统一社会信用代码/);
      return true;
    });
    assert.equal(await findPublicAgency(t.db, good), undefined);
    await assert.rejects(
      importAgencies(
        cli(),
        `code,name,kind,parent_code,org_code\n${good},好机关,乡镇,,\n${uniqueCode()},丙乡,乡镇,nowhere-xyz,\n`,
      ),
      /第 3 行：上级机关代码“nowhere-xyz”/,
    );
    assert.equal(await findPublicAgency(t.db, good), undefined);
  });

  test('a wrong header and a duplicate code are refused with their line', async () => {
    await assert.rejects(importAgencies(cli(), 'name,code\n'), /第 1 行：表头/);
    const code = uniqueCode();
    await assert.rejects(
      importAgencies(cli(), `code,name,kind,parent_code,org_code\n${code},甲乡,乡镇,,\n${code},乙乡,乡镇,,\n`),
      /第 3 行：机关代码.*与第 2 行重复/,
    );
  });

  test('staff cannot import the tree; only the operator at the CLI can', async () => {
    const ctx = makeCtx(t, {
      kind: 'staff',
      userId: 1,
      username: 'x',
      displayName: 'x',
      agencyId: 1,
      agencyCode: 'x',
      agencyPath: '/1/',
      roles: ['admin'],
    });
    await assert.rejects(
      importAgencies(ctx, 'code,name,kind,parent_code,org_code\n'),
      (e: DomainError) => e.code === 'forbidden',
    );
  });
});
