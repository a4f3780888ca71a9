import { loadConfig } from '../../config.ts';
import { openDb } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { type Command, EXIT } from '../io.ts';

export const migrateCommand: Command = {
  name: ['migrate'],
  usage: 'migrate',
  summary: '创建或升级数据库结构（启动服务时也会自动执行）',
  async run(_args, io) {
    const config = loadConfig(io.env);
    const db = openDb(config.database);
    try {
      const done = await migrate(db);
      io.stdout.write(done.length ? `已执行迁移：${done.join(', ')}\n` : '数据库已是最新结构。\n');
      return EXIT.ok;
    } finally {
      await db.destroy();
    }
  },
};
