// `gongkai catalogue import FILE.xlsx|csv --agency CODE [--dry-run]`: an old site's published entries, public at once
// with their legacy 索引号 and dates after the scanner; attachments are paths relative to the file. All or nothing.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { StaffActor } from '../../auth/actor.ts';
import { importCatalogue } from '../../catalogue/import-entries.ts';
import { makeCtx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { actAs } from '../../staff/act-as.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';
import { progressLine } from '../progress.ts';
import { readImportFile, relativeFiles } from './import-file.ts';

export const catalogueImportCommand: Command = {
  name: ['catalogue', 'import'],
  usage: 'catalogue import FILE.xlsx|csv --as USERNAME [--agency CODE] [--dry-run]',
  summary:
    '导入旧网站已公开的信息（保留原索引号和成文、发布日期，经敏感信息检查后直接公开）；--dry-run 只检查不写入；有错则一条不写',
  async run(args, io) {
    const opts = parseArgs({
      args,
      allowPositionals: true,
      options: { agency: { type: 'string' }, as: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    });
    const file = opts.positionals[0];
    if (!file || !opts.values.as) {
      io.stderr.write(`请给出文件和 --as 工作人员账号（有发布权限，导入记在其名下）\n用法：gongkai ${this.usage}\n`);
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
      const ctx = makeCtx({ db, config }, actor);
      const bar = progressLine(io.stderr, dryRun ? '检查' : '导入');
      let r: Awaited<ReturnType<typeof importCatalogue>>;
      try {
        r = await importCatalogue(
          ctx,
          opts.values.agency ?? actor.agencyCode,
          { filename: path.basename(file), bytes, attachment: relativeFiles(file) },
          { dryRun, onProgress: bar.update },
        );
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        io.stderr.write(`${err.message}\n`);
        return EXIT.usage;
      } finally {
        bar.end();
      }
      for (const s of r.stopped)
        io.stdout.write(
          `第 ${s.line} 行：敏感信息检查拦下“${s.title}”（${s.indexNo}），${dryRun ? '将' : '已'}存为草稿，不公开：\n${s.findings.map((f) => `  ${f}`).join('\n')}\n`,
        );
      if (r.problems.length) {
        io.stderr.write(`导入失败，未写入任何数据（${r.problems.length} 个问题）：\n${r.problems.join('\n')}\n`);
        return EXIT.usage;
      }
      io.stdout.write(
        `${dryRun ? '检查通过（未写入）：' : '导入完成：'}共 ${r.rows} 行，${dryRun ? '可' : '已'}公开 ${r.published} 条，敏感信息检查拦下 ${r.stopped.length} 条。\n`,
      );
      return EXIT.ok;
    });
  },
};
