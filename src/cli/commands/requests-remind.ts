import { makeCtx } from '../../context.ts';
import { queueReminders } from '../../requests/remind.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const requestsRemindCommand: Command = {
  name: ['requests', 'remind'],
  usage: 'requests remind',
  summary: '为3个工作日内到期和已逾期的申请发送提醒（同一提醒只发送一次；可每天定时运行）',
  async run(_args, io) {
    return withDb(io, async (db, config) => {
      const r = await queueReminders(makeCtx({ db, config }, { kind: 'system', label: 'requests-remind' }));
      io.stdout.write(`新提醒 ${r.queued} 条，已发送 ${r.sent} 条（发件目录：${config.dataDir}/outbox）。\n`);
      return EXIT.ok;
    });
  },
};
