// The reference township's 2023 supervision facts (../shared/reference, section （五）): staff took part in
// 政务公开 training in March, June and November; no accountability case. The report gives only the months, so each
// training is dated the 15th; the attendance is not stated, so it is left blank. Its 重点工作任务 follow the
// 《2023年政务公开重点工作任务分工表》 it names: the report does not list the tasks, so each task below is one of the
// areas its own text names (安全生产 first, then the areas of its （一）), all done by the year end ("做到各项政务信息有序
// 公开"); the dates are stand-ins. Recorded through the use cases, so the report counts them like real data.
import type { StaffActor } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { findUserForLogin } from '../staff/store.ts';
import { recordTraining } from '../supervision/record.ts';
import { addKeyTask, completeKeyTask } from '../supervision/work.ts';

const TOPIC = '政府信息公开业务培训：职责、程序、公开方式和时限要求，保密制度及责任追究制度';
const TASK_SOURCE = '《2023年政务公开重点工作任务分工表》';
export const KEY_TASKS_2023 = [
  '加大安全生产领域信息发布和更新力度',
  '做好乡村振兴领域政策、项目和资金信息公开',
  '做好优化营商环境、保障和改善民生领域信息公开',
  '做好加强社会治理、应急管理领域信息公开',
] as const;

export async function seedSupervision2023(db: Db, config: Config, headUsername: string): Promise<void> {
  const u = await findUserForLogin(db, headUsername);
  if (!u) throw new Error(`demo user ${headUsername} missing`);
  const head: StaffActor = {
    kind: 'staff',
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    agencyId: u.agencyId,
    agencyCode: u.agencyCode,
    agencyPath: u.agencyPath,
    roles: u.roles,
  };
  const ctx = makeCtx({ db, config }, head);
  for (const heldOn of ['2023-03-15', '2023-06-15', '2023-11-15']) {
    await recordTraining(ctx, {
      heldOn,
      topic: TOPIC,
      organiser: '东和乡人民政府',
      attendees: null,
      attendeeUnits: '负责政府信息公开工作的人员',
    });
  }
  for (const task of KEY_TASKS_2023) {
    const id = await addKeyTask(ctx, { year: 2023, source: TASK_SOURCE, task, owner: '综合办', dueOn: '2023-12-31' });
    await completeKeyTask(ctx, id, { doneOn: '2023-12-29', note: '按分工表要求完成' });
  }
}
