// The reference township's 2023 supervision facts (../shared/reference, section （五）): staff took part in
// 政务公开 training in March, June and November; no accountability case. The report gives only the months, so each
// training is dated the 15th; the attendance is not stated, so it is left blank. Recorded through the use cases.
import type { StaffActor } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { findUserForLogin } from '../staff/store.ts';
import { recordTraining } from '../supervision/record.ts';

const TOPIC = '政府信息公开业务培训：职责、程序、公开方式和时限要求，保密制度及责任追究制度';

export async function seedSupervision2023(db: Db, config: Config, headUsername: string): Promise<void> {
  const u = await findUserForLogin(db, headUsername);
  if (!u) throw new Error(`demo user ${headUsername} missing`);
  const head: StaffActor = { kind: 'staff', userId: u.id, username: u.username, displayName: u.displayName, agencyId: u.agencyId, agencyCode: u.agencyCode, agencyPath: u.agencyPath, roles: u.roles };
  const ctx = makeCtx({ db, config }, head);
  for (const heldOn of ['2023-03-15', '2023-06-15', '2023-11-15']) {
    await recordTraining(ctx, { heldOn, topic: TOPIC, organiser: '东和乡人民政府', attendees: null, attendeeUnits: '负责政府信息公开工作的人员' });
  }
}
