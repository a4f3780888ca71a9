// `gongkai deadline`: one case as JSON on stdin → its reply deadline as JSON on stdout, on the configured database's
// calendar (seeded from the bundled data the first time). Bad input → a Chinese message on stderr, exit 2.
import { seedCalendar } from '../../calendar/seed.ts';
import { loadCalendar } from '../../calendar/store.ts';
import { computeDeadline } from '../../clock/deadline.ts';
import { parseDeadlineInput } from '../../clock/input.ts';
import { DomainError } from '../../errors.ts';
import { type CliIO, type Command, EXIT, readAll } from '../io.ts';
import { withDb } from '../open.ts';

export const deadlineCommand: Command = {
  name: ['deadline'],
  usage: 'deadline [--no-trace] < case.json',
  summary: '计算依申请公开的答复期限：从标准输入读入案件 JSON，输出到期日、逐日说明和法律依据',
  async run(args, io) {
    let json: unknown;
    try {
      json = JSON.parse(await readAll(io.stdin));
    } catch {
      return refuse(io, '输入不是有效的 JSON。示例：{"received":"2025-09-28","channel":"online","events":[]}');
    }
    let input: ReturnType<typeof parseDeadlineInput>;
    try {
      input = parseDeadlineInput(json);
    } catch (err) {
      if (err instanceof DomainError) return refuse(io, err.message, err.fields);
      throw err;
    }
    const cal = await withDb(io, async (db, config) => {
      await seedCalendar(db, config.clock(), config);
      return loadCalendar(db);
    });
    const result = computeDeadline(cal, input, { trace: !args.includes('--no-trace') });
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  },
};

function refuse(io: CliIO, message: string, fields?: Readonly<Record<string, string>>): number {
  const details = Object.entries(fields ?? {})
    .slice(1)
    .map(([k, v]) => `  ${k}：${v}\n`);
  io.stderr.write(`错误：${message}\n${details.join('')}`);
  return EXIT.usage;
}
