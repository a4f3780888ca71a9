import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const backupCommand: Command = {
  name: ['backup'],
  usage: 'backup FILE',
  summary: '在线备份 SQLite 数据库到文件（服务运行中也可执行）；PostgreSQL 请用 pg_dump',
  async run(args, io) {
    const file = args[0];
    if (!file) throw new Error('请给出备份文件路径，如 backup/gongkai-2026-11-29.db');
    return withDb(io, async (db) => {
      if (!db.sqlite) {
        io.stderr.write('当前使用 PostgreSQL：请用 pg_dump 备份，例如 pg_dump --format=custom "$DATABASE_URL" > gongkai.dump\n');
        return EXIT.usage;
      }
      const target = path.resolve(file);
      closeSync(openSync(target, 'w', 0o600)); // a copy of every case: the owner's alone, from the first byte
      await db.sqlite.backup(target);
      io.stdout.write(`已备份到 ${target}\n`);
      return EXIT.ok;
    });
  },
};
