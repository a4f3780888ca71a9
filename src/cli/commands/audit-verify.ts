import path from 'node:path';
import { checkpointFile, writeCheckpoint } from '../../audit/checkpoint.ts';
import { auditKeys } from '../../audit/keys.ts';
import { verifyAuditChain } from '../../audit/verify.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const auditVerifyCommand: Command = {
  name: ['audit', 'verify'],
  usage: 'audit verify [--checkpoints FILE]…',
  summary:
    '逐条校验审计日志的密钥哈希链，并对照数据库之外的签名检查点（数据目录中的检查点文件，及 --checkpoints 给出的副本或服务日志），指出第一条被修改、删除或插入的记录',
  async run(args, io) {
    const extra = args.flatMap((a, i) => (args[i - 1] === '--checkpoints' ? [path.resolve(a)] : []));
    return withDb(io, async (db, config) => {
      const r = await verifyAuditChain(db, config, [checkpointFile(config), ...extra]);
      if (r.ok) {
        io.stdout.write(
          `审计日志完整：共 ${r.rows} 条，${r.chains} 条审计链${r.keyed ? '' : '（旧格式：尚未改为分机关的密钥链，请启动一次服务完成升级）'}\n`,
        );
        io.stdout.write(
          r.latest
            ? `与 ${r.checkpoints} 个签名检查点一致，最近一个写于 ${r.latest.at}（签名公钥指纹 ${auditKeys(config).fingerprint}）\n`
            : '尚无签名检查点：服务运行时每 5 分钟写一个，或运行 audit checkpoint。\n',
        );
        return EXIT.ok;
      }
      io.stdout.write(`审计日志校验失败：${r.message}（已校验通过 ${r.rows} 条）\n`);
      return EXIT.problems;
    });
  },
};

export const auditCheckpointCommand: Command = {
  name: ['audit', 'checkpoint'],
  usage: 'audit checkpoint',
  summary:
    '把各审计链的链头（条数、哈希）连同时间签名后追加到数据目录的检查点文件（服务运行时每 5 分钟自动写一次；可由定时任务调用）',
  async run(_args, io) {
    return withDb(io, async (db, config) => {
      const c = await writeCheckpoint(db, config, new Date());
      io.stdout.write(
        c
          ? `已写入检查点：${Object.keys(c.chains).length} 条审计链的链头（${checkpointFile(config)}）\n`
          : '没有审计记录，未写入检查点。\n',
      );
      return EXIT.ok;
    });
  },
};
