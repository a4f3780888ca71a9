// `gongkai report build --agency CODE --year YYYY --format json|html|docx|xlsx|pdf|text --out FILE`: an agency's annual
// report of a year from the data (its frozen snapshot once the year is closed), validated, in any output. Exit 1 when
// the report has error findings (it is still written, so it can be looked at), 2 on bad input.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { makeCtx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { OUTPUT_FORMATS, type OutputFormat, renderReport } from '../../report/render/index.ts';
import { viewAnnualReport } from '../../report/view-report.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

export const reportBuildCommand: Command = {
  name: ['report', 'build'],
  usage: 'report build --agency CODE --year YYYY --format json|html|docx|xlsx|pdf|text --out FILE',
  summary: '由本系统的数据编制某机关某年度的政府信息公开工作年度报告（全国格式），校验后输出为指定格式的文件',
  async run(args, io) {
    let v: Partial<Record<'agency' | 'year' | 'format' | 'out', string>>;
    try {
      v = parseArgs({
        args: [...args],
        options: {
          agency: { type: 'string' },
          year: { type: 'string' },
          format: { type: 'string', default: 'json' },
          out: { type: 'string' },
        },
      }).values;
    } catch (err) {
      io.stderr.write(`参数有误：${(err as Error).message}\n用法：gongkai ${this.usage}\n`);
      return EXIT.usage;
    }
    const problems = [
      !v.agency && '请用 --agency 给出机关代码',
      !/^\d{4}$/.test(v.year ?? '') && '请用 --year 给出四位年度，例如 --year 2023',
      !(OUTPUT_FORMATS as readonly string[]).includes(v.format ?? '') &&
        `--format 应为 ${OUTPUT_FORMATS.join('、')} 之一`,
      !v.out && '请用 --out 给出输出文件，例如 --out 2023年度报告.pdf',
    ].filter(Boolean);
    if (problems.length) {
      io.stderr.write(`${problems.join('\n')}\n用法：gongkai ${this.usage}\n`);
      return EXIT.usage;
    }
    try {
      return await withDb(io, async (db, config) => {
        const ctx = makeCtx({ db, config }, { kind: 'system', label: 'cli report build' });
        const view = await viewAnnualReport(ctx, v.agency!, Number(v.year));
        const out = await renderReport(view.document, v.format as OutputFormat);
        writeFileSync(v.out!, out.bytes);
        const open = view.findings.filter((f) => f.review?.decision !== 'dismissed');
        const errors = open.filter((f) => f.severity === 'error').length;
        io.stderr.write(
          `已写出 ${v.out}（${out.bytes.length} 字节）：${view.document.title}；错误 ${errors} 个，警告 ${open.filter((f) => f.severity === 'warning').length} 个\n`,
        );
        return errors ? EXIT.problems : EXIT.ok;
      });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      io.stderr.write(`${err.message}\n`);
      return EXIT.usage;
    }
  },
};
