import { remindColumnOwners } from '../../catalogue/remind-columns.ts';
import { remindStandardGaps } from '../../catalogue/remind-standard.ts';
import { makeCtx } from '../../context.ts';
import { deliverOutbox } from '../../outbox/deliver.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const catalogueRemindCommand: Command = {
  name: ['catalogue', 'remind'],
  usage: 'catalogue remind',
  summary:
    '提醒栏目负责人（无负责人的提醒本机关信息员）更新已超期或即将超期的栏目（同一栏目每期只提醒一次；可每天定时运行）',
  async run(_args, io) {
    return withDb(io, async (db, config) => {
      const ctx = makeCtx({ db, config }, { kind: 'system', label: 'catalogue-remind' });
      const r = await remindColumnOwners(ctx);
      const gaps = await remindStandardGaps(ctx);
      const sent = await deliverOutbox(db, config, ctx.now);
      io.stdout.write(
        `提醒栏目 ${r.reminded} 个，工作台提示 ${r.notices} 条，新邮件 ${r.queued} 封，标准目录缺项提醒 ${gaps} 个机关，已发送 ${sent} 封（发件目录：${config.dataDir}/outbox）。\n`,
      );
      return EXIT.ok;
    });
  },
};
