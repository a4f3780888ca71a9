import { makeCtx } from '../../context.ts';
import { rekeyPersonalData } from '../../requests/rekey.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const keysRotateCommand: Command = {
  name: ['keys', 'rotate'],
  usage: 'keys rotate',
  summary: '用当前 GONGKAI_DATA_KEY 重新加密全部个人信息（旧密钥放在 GONGKAI_DATA_KEY_PREVIOUS，完成后可删除）',
  async run(_args, io) {
    return withDb(io, async (db, config) => {
      try {
        const r = await rekeyPersonalData(makeCtx({ db, config }, { kind: 'system', label: 'keys-rotate' }));
        io.stdout.write(
          `已重新加密：${r.rows} 件申请，${r.values} 项个人信息。现在可以从 GONGKAI_DATA_KEY_PREVIOUS 中删除旧密钥。\n`,
        );
        return EXIT.ok;
      } catch (err) {
        io.stderr.write(`密钥轮换未完成，数据未改变：${(err as Error).message}\n`);
        return EXIT.problems;
      }
    });
  },
};
