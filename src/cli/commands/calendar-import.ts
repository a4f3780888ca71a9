// `gongkai calendar import FILE`: loads a year's holiday arrangement (JSON or .ics; shapes in
// src/calendar/arrangement-files.ts) through the same use case as the back office. A file covering several years
// (an .ics) loads each; `--year` picks one. `--title` and `--date` give the notice when the file does not carry it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArrangementFile } from '../../calendar/arrangement-files.ts';
import { importCalendarYear } from '../../calendar/import-year.ts';
import { recomputeOpenDeadlines } from '../../requests/recompute-deadlines.ts';
import { seedCalendar } from '../../calendar/seed.ts';
import { DomainError } from '../../errors.ts';
import { type Command, EXIT } from '../io.ts';
import { withDb } from '../open.ts';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export const calendarImportCommand: Command = {
  name: ['calendar', 'import'],
  usage: 'calendar import FILE [--year YYYY] [--title 通知标题 --date YYYY-MM-DD]',
  summary: '导入某年的放假安排（JSON 或 .ics）：检查无误后替换该年数据并记入审计日志',
  async run(args, io) {
    const file = args[0];
    if (!file || file.startsWith('--')) throw new Error('请给出放假安排文件路径（.json 或 .ics）');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch (err) {
      throw new Error(
        `无法读取 ${file}：${(err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '不是 UTF-8 文本'}`,
      );
    }
    const year = option(args, '--year');
    const title = option(args, '--title');
    const date = option(args, '--date');
    if ((title === undefined) !== (date === undefined)) throw new Error('--title 和 --date 需同时给出');
    try {
      let years = parseArrangementFile(text, path.basename(file));
      if (year) years = years.filter((y) => String(y.year) === year);
      if (years.length === 0) throw new Error(`文件中没有 ${year} 年的安排`);
      return await withDb(io, async (db, config) => {
        const now = config.clock();
        await seedCalendar(db, now, config); // so that a first import does not leave 2004–2026 unseeded
        for (const y of years) {
          const input = title && date ? { ...y, notice: { title, date } } : y;
          const r = await importCalendarYear(
            { db, config, actor: { kind: 'system', label: 'cli' }, now },
            input,
            recomputeOpenDeadlines(now),
          );
          io.stdout.write(
            `${r.year}年放假安排已${r.replaced ? '替换' : '导入'}：放假 ${r.offDays.length} 天，调休上班 ${r.workDays.length} 天；工作日状态变化的日期 ${r.changedDates.length} 个\n`,
          );
        }
        return EXIT.ok;
      });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      const details = Object.entries(err.fields ?? {}).map(([k, v]) => `  ${k}：${v}\n`);
      io.stderr.write(`错误：${err.message}\n${details.join('')}`);
      return EXIT.usage;
    }
  },
};
