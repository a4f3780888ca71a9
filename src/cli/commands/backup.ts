// `gongkai backup FILE [--without-keys]` and `gongkai restore FILE` (src/backup/).
import path from 'node:path';
import { makeBackup } from '../../backup/backup.ts';
import { RestoreRefused, restoreBackup } from '../../backup/restore.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const backupCommand: Command = {
  name: ['backup'],
  usage: 'backup FILE [--without-keys]',
  summary:
    '在线备份为一个文件（服务运行中也可执行）：数据库（SQLite 在线备份或 pg_dump）、数据目录中的文件、审计检查点和密钥；--without-keys 不含密钥（须另行保管，恢复时须先配置）',
  async run(args, io) {
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) throw new Error('请给出备份文件路径，如 backup/gongkai-2026-11-29.tar.gz');
    const withKeys = !args.includes('--without-keys');
    return withDb(io, async (db, config) => {
      const target = path.resolve(file);
      const m = await makeBackup(db, config, target, { withKeys });
      io.stdout.write(`已备份到 ${target}（${m.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}，仅本用户可读）。\n`);
      io.stdout.write(
        withKeys
          ? '备份中含密钥：持有此文件即可读取全部数据和申请人的个人信息，请像保管密钥一样保管它（加密存放、离线保存）。\n'
          : '备份中不含密钥：恢复前须配置原来的 GONGKAI_SECRET（及 GONGKAI_DATA_KEY，如设置过），或把原来的 secret.key 放入空的数据目录；没有原密钥，个人信息无法解密，恢复会被拒绝。\n',
      );
      if (config.dataKeys.previous.length)
        io.stderr.write('提示：配置了 GONGKAI_DATA_KEY_PREVIOUS。请先运行 keys rotate，再备份，恢复后只需当前密钥。\n');
      return EXIT.ok;
    });
  },
};

export const restoreCommand: Command = {
  name: ['restore'],
  usage: 'restore FILE',
  summary:
    '把 backup 生成的备份恢复到空的数据目录（PostgreSQL：DATABASE_URL 指向新建的空数据库），然后校验审计日志和数据库完整性',
  async run(args, io) {
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) throw new Error('请给出备份文件路径');
    try {
      const r = await restoreBackup(path.resolve(file), io.env);
      io.stdout.write(`已恢复 ${r.manifest.createdAt} 的备份到 ${r.dataDir}。\n`);
      io.stdout.write(
        r.audit.ok
          ? `审计日志完整：共 ${r.audit.rows} 条，与 ${r.audit.checkpoints} 个签名检查点一致。\n`
          : `审计日志校验失败：${r.audit.message}\n`,
      );
      io.stdout.write(`数据库完整性检查：${r.integrity}\n`);
      return r.audit.ok && r.integrity === 'ok' ? EXIT.ok : EXIT.problems;
    } catch (err) {
      if (!(err instanceof RestoreRefused)) throw err;
      io.stderr.write(`未恢复：${err.message}\n`);
      return EXIT.usage;
    }
  },
};
