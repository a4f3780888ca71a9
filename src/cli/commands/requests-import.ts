// `gongkai requests import FILE.xlsx|csv --as USERNAME [--agency CODE] [--dry-run]`: the 依申请公开 cases handled before
// the move, written closed with their outcomes so the year's 表三 is complete. All or nothing.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { StaffActor } from '../../auth/actor.ts';
import { makeCtx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { importCases } from '../../requests/import-cases.ts';
import { actAs } from '../../staff/act-as.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';
import { progressLine } from '../progress.ts';
import { readImportFile } from './import-file.ts';

export const requestsImportCommand: Command = {
  name: ['requests', 'import'],
  usage: 'requests import FILE.xlsx|csv --as USERNAME [--agency CODE] [--dry-run]',
  summary:
    '导入迁移前已办结的依申请公开件（收到日期、申请人类型、办理结果、答复日期），计入年度报告表三；--dry-run 只检查；有错则一条不写',
  async run(args, io) {
    const opts = parseArgs({
      args,
      allowPositionals: true,
      options: { agency: { type: 'string' }, as: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    });
    const file = opts.positionals[0];
    if (!file || !opts.values.as) {
      io.stderr.write(`请给出文件和 --as 工作人员账号（有办理申请的权限）\n用法：gongkai ${this.usage}\n`);
      return EXIT.usage;
    }
    const bytes = readImportFile(file);
    const dryRun = opts.values['dry-run'] === true;
    return withDb(io, async (db, config) => {
      let actor: StaffActor;
      try {
        actor = await actAs(db, opts.values.as!);
      } catch (err) {
        io.stderr.write(`${(err as Error).message}\n`);
        return EXIT.usage;
      }
      const bar = progressLine(io.stderr, dryRun ? '检查' : '导入');
      let r: Awaited<ReturnType<typeof importCases>>;
      try {
        r = await importCases(
          makeCtx({ db, config }, actor),
          opts.values.agency ?? actor.agencyCode,
          { filename: path.basename(file), bytes },
          { dryRun, onProgress: bar.update },
        );
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        io.stderr.write(`${err.message}\n`);
        return EXIT.usage;
      } finally {
        bar.end();
      }
      if (r.problems.length) {
        io.stderr.write(`导入失败，未写入任何数据（${r.problems.length} 个问题）：\n${r.problems.join('\n')}\n`);
        return EXIT.usage;
      }
      io.stdout.write(
        `${dryRun ? '检查通过（未写入）：' : '导入完成：'}共 ${r.rows} 件申请（收到年度 ${r.years.join('、')}），${dryRun ? '将' : '已'}计入各年度报告表三。\n`,
      );
      return EXIT.ok;
    });
  },
};
