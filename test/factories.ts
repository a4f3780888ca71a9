// Builders for tests: fresh agencies and staff made through the real use cases, so each test has its own agency.
import { randomBytes } from 'node:crypto';
import { importAgencies } from '../src/agencies/import-agencies.ts';
import { findPublicAgency, type Agency } from '../src/agencies/store.ts';
import type { Role } from '../src/auth/roles.ts';
import type { Config } from '../src/config.ts';
import { makeCtx } from '../src/context.ts';
import type { Db } from '../src/db/connect.ts';
import { addUser } from '../src/staff/add-user.ts';

type Deps = { db: Db; config: Config };
const system = (d: Deps) => makeCtx(d, { kind: 'system', label: 'test' });

export function uniqueCode(prefix = 'ag'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export async function buildAgency(
  d: Deps,
  o: { code?: string; name?: string; kind?: string; parent?: string } = {},
): Promise<Agency> {
  const code = o.code ?? uniqueCode();
  const csv = `code,name,kind,parent_code,org_code\n${code},${o.name ?? `测试机关${code}`},${o.kind ?? 'township'},${o.parent ?? ''},\n`;
  await importAgencies(system(d), csv);
  const agency = await findPublicAgency(d.db, code);
  if (!agency) throw new Error('agency not created');
  return agency;
}

export const TEST_PASSWORD = 'test-password-一二三';

export async function buildStaff(
  d: Deps,
  agencyCode: string,
  roles: Role[],
  o: { username?: string } = {},
): Promise<{ id: number; username: string; password: string }> {
  const username = o.username ?? `u-${randomBytes(4).toString('hex')}`;
  const { id } = await addUser(system(d), agencyCode, {
    username,
    displayName: `测试${roles.join('')}`,
    password: TEST_PASSWORD,
    roles,
  });
  return { id, username, password: TEST_PASSWORD };
}

/** A valid citizen application (自然人, 居民身份证 with a correct check digit). */
export function applicationInput(o: Record<string, string> = {}): Record<string, string> {
  return {
    applicantType: 'natural',
    name: '张三',
    idType: 'resident_id',
    idNumber: '11010519491231002X',
    phone: '13800138000',
    email: 'zhangsan@example.com',
    address: '示范县东和乡人民路1号',
    infoTitle: '2025年东和乡道路维修经费使用情况',
    infoDescription: '2025年全年乡道维修的经费预算、决算和施工合同',
    formWanted: 'email',
    delivery: 'email',
    ...o,
  };
}
