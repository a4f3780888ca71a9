import { checkReportFiles } from '../../report/check-files.ts';
import { hasErrors } from '../../report/checks.ts';
import { type Command, EXIT } from '../io.ts';
import { fileSummary, overallTable } from './report-check-view.ts';

export const reportCheckCommand: Command = {
  name: ['report', 'check'],
  usage: 'report check FILE... [--json]',
  summary: '读取已发布的政府信息公开工作年度报告（文本或网页），按全国格式逐项校验并列出问题',
  async run(args, io) {
    const json = args.includes('--json');
    const files = args.filter((a) => a !== '--json');
    const unknown = files.filter((f) => f.startsWith('--'));
    if (files.length === 0 || unknown.length > 0) {
      io.stderr.write(unknown.length ? `不认识的选项：${unknown.join(' ')}\n` : '请给出至少一个报告文件，例如：gongkai report check 2023年度报告.txt\n');
      return EXIT.usage;
    }
    const bar = files.length >= 5 ? progressBar(io.stderr) : undefined;
    const results = await checkReportFiles(files, bar);
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
