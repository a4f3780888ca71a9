// The demo: 东和乡人民政府 (the reference township of ../shared/reference) under its county, with one account per role.
// Loaded through the same use cases as real data, so it is audited like everything else. Runs once: it does nothing
// when the township already exists. The reference year 2023 is fixed; everything else is dated relative to the day
// the demo is loaded (`now`), so the demo always lives in today (cases.ts, living.ts, catalogue.ts).
import { randomBytes } from 'node:crypto';
import { importAgencies } from '../agencies/import-agencies.ts';
import { findPublicAgency } from '../agencies/store.ts';
import type { Role } from '../auth/roles.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { addUser } from '../staff/add-user.ts';
import { seedSupervision2023 } from './township-2023.ts';
import { seedDemoCatalogue } from './catalogue.ts';
import { seedCatalogue2023 } from './catalogue-2023.ts';
import { seedReport2023 } from './report-2023.ts';
import type { StaffActor } from '../auth/actor.ts';
import { findUserForLogin } from '../staff/store.ts';
import { chinaToday } from '../time.ts';
import { seedDemoCases } from './cases.ts';
import { seedLiving } from './living.ts';

export const DEMO_CODE = 'donghe';

// The reference report names the township but not its county: the county and both 统一社会信用代码 are stand-ins
// (valid check characters, no real registration).
const TREE = `code,name,kind,parent_code,org_code
demo-county,示范县人民政府,county,,11000000MB00000014
donghe,东和乡人民政府,township,demo-county,11000000MB00000027
`;

export const DEMO_STAFF: ReadonlyArray<{ agency: string; username: string; displayName: string; roles: Role[] }> = [
  { agency: DEMO_CODE, username: 'donghe-clerk', displayName: '李信息', roles: ['clerk'] },
  { agency: DEMO_CODE, username: 'donghe-reviewer', displayName: '王审核', roles: ['reviewer'] },
  { agency: DEMO_CODE, username: 'donghe-secrecy', displayName: '赵保密', roles: ['secrecy_reviewer'] },
  { agency: DEMO_CODE, username: 'donghe-head', displayName: '陈主任', roles: ['head'] },
  { agency: DEMO_CODE, username: 'donghe-admin', displayName: '刘管理', roles: ['admin'] },
  { agency: 'demo-county', username: 'county-admin', displayName: '吴管理', roles: ['admin'] },
  { agency: 'demo-county', username: 'county-supervisor', displayName: '周监督', roles: ['supervisor'] },
];

export type DemoLogin = { username: string; password: string; roles: Role[]; agency: string };

/** Loads the demo when absent. Returns the logins created (to print once), or [] when it was already there. */
export async function seedDemo(
  db: Db,
  config: Config,
  opts: { passwords?: (username: string) => string; now?: Date } = {},
): Promise<DemoLogin[]> {
  if (await findPublicAgency(db, DEMO_CODE)) return [];
  const ctx = makeCtx({ db, config }, { kind: 'system', label: 'seed-demo' });
  await importAgencies(ctx, TREE);
  const logins: DemoLogin[] = [];
  for (const s of DEMO_STAFF) {
    const password = opts.passwords?.(s.username) ?? randomBytes(9).toString('base64url');
    await addUser(ctx, s.agency, { username: s.username, displayName: s.displayName, password, roles: s.roles });
    logins.push({ username: s.username, password, roles: s.roles, agency: s.agency });
  }
  await seedSupervision2023(db, config, 'donghe-head');
  const agency = (await findPublicAgency(db, DEMO_CODE))!;
  const [clerk, secrecy, reviewer, head, admin] = await Promise.all(
    ['clerk', 'secrecy', 'reviewer', 'head', 'admin'].map((r) => staffActor(db, `${DEMO_CODE}-${r}`)),
  );
  await seedCatalogue2023(db, config, agency, { clerk: clerk!, secrecy: secrecy!, reviewer: reviewer!, admin: admin! });
  await seedReport2023(db, config, DEMO_CODE, { clerk: clerk!, head: head! });
  // The living part, relative to the day the demo is loaded (the reference year 2023 above stays as it is).
  const today = chinaToday(opts.now ?? new Date());
  await seedDemoCatalogue(db, config, DEMO_CODE, today);
  await seedDemoCases(db, config, DEMO_CODE, { clerk: clerk!, head: head! }, today);
  await seedLiving(
    db,
    config,
    DEMO_CODE,
    { clerk: clerk!, head: head!, supervisor: await staffActor(db, 'county-supervisor') },
    today,
  );
  return logins;
}

async function staffActor(db: Db, username: string): Promise<StaffActor> {
  const u = await findUserForLogin(db, username);
  if (!u) throw new Error(`demo user ${username} missing`);
  return {
    kind: 'staff',
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    agencyId: u.agencyId,
    agencyCode: u.agencyCode,
    agencyPath: u.agencyPath,
    roles: u.roles,
  };
}
