import { verifyAuditChain } from '../../audit/verify.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const auditVerifyCommand: Command = {
  name: ['audit', 'verify'],
  usage: 'audit verify',
  summary: '逐条校验审计日志哈希链，指出第一条被修改、删除或插入的记录',
  async run(_args, io) {
    return withDb(io, async (db) => {
      const r = await verifyAuditChain(db);
      if (r.ok) {
        io.stdout.write(`审计日志完整：共 ${r.rows} 条，链头哈希 ${r.head}\n`);
        return EXIT.ok;
      }
      io.stdout.write(`审计日志校验失败：${r.message}（已校验通过 ${r.rows} 条）\n`);
      return EXIT.problems;
    });
  },
};
