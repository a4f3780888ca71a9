import { checkReportFiles } from '../../report/check-files.ts';
import { hasErrors } from '../../report/checks.ts';
import { type Command, EXIT } from '../io.ts';
import { fileSummary, overallTable } from './report-check-view.ts';

/** Files in order, and which of them `--parent` marked. A parent is a file of the batch like any other. */
function parseArgs(args: readonly string[]): {
  json: boolean;
  files: string[];
  parents: Set<number>;
  problem?: string;
} {
  const files: string[] = [];
  const parents = new Set<number>();
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--parent') {
      const next = args[i + 1];
      if (!next || next.startsWith('--'))
        return {
          json,
          files,
          parents,
          problem: '--parent 后面要跟上级机关报告的文件，例如：--parent 某县2023年度报告.pdf',
        };
      parents.add(files.length);
      files.push(next);
      i++;
    } else if (a.startsWith('--')) return { json, files, parents, problem: `不认识的选项：${a}` };
    else files.push(a);
  }
  if (files.length === 0)
    return { json, files, parents, problem: '请给出至少一个报告文件，例如：gongkai report check 2023年度报告.txt' };
  if (parents.size > 0 && parents.size === files.length)
    return { json, files, parents, problem: '--parent 指明的是上级机关的报告，还要给出下级机关的报告，才能核对汇总数' };
  return { json, files, parents };
}

export const reportCheckCommand: Command = {
  name: ['report', 'check'],
  usage: 'report check FILE... [--parent FILE]... [--json]',
  summary:
    '读取已发布的政府信息公开工作年度报告（文本、网页、Word、PDF），按全国格式逐项校验并列出问题。' +
    '同一机关相邻年度的报告一起给出时，核对上年结转；用 --parent 指明上级机关（如县政府）的报告时，' +
    '核对其表三、表四各格是否等于其余同年度报告（如各乡镇、部门）之和（ROLLUP.SUM，警告）',
  async run(args, io) {
    const { json, files, parents, problem } = parseArgs(args);
    if (problem) {
      io.stderr.write(`${problem}\n`);
      return EXIT.usage;
    }
    const bar = files.length >= 5 ? progressBar(io.stderr) : undefined;
    const results = await checkReportFiles(files, bar, { parents });
    if (json) {
      const reports = results.map((r) => r.report);
      io.stdout.write(`${JSON.stringify(files.length === 1 ? reports[0] : reports, null, 1)}\n`);
    } else {
      for (const r of results) io.stdout.write(`${fileSummary(r)}\n`);
      if (results.length > 1) io.stdout.write(overallTable(results));
    }
    if (results.some((r) => r.error)) return EXIT.usage;
    return results.some((r) => hasErrors(r.report.findings)) ? EXIT.problems : EXIT.ok;
  },
};

/** "[#######·····] 7/12" on stderr, redrawn in place on a terminal, every tenth on a pipe. */
function progressBar(out: NodeJS.WritableStream & { isTTY?: boolean }): (done: number, total: number) => void {
  return (done, total) => {
    const step = Math.max(1, Math.floor(total / 10));
    if (!out.isTTY && done % step !== 0 && done !== total) return;
    const filled = Math.round((done / total) * 30);
    const bar = `[${'#'.repeat(filled)}${'·'.repeat(30 - filled)}] ${done}/${total}`;
    out.write(out.isTTY ? `\r${bar}${done === total ? '\n' : ''}` : `${bar}\n`);
  };
}
