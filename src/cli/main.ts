// `gongkai <command>`: finds the command by its words and runs it. Commands live one per file in commands/.
import { COMMANDS } from './commands/index.ts';
import { type CliIO, EXIT } from './io.ts';

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const match = [...COMMANDS]
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => c.name.every((w, i) => argv[i] === w));
  if (!match || argv[0] === 'help' || argv[0] === '--help' || argv.length === 0) {
    io.stdout.write(help());
    return argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' ? EXIT.ok : EXIT.usage;
  }
  const rest = argv.slice(match.name.length);
  if (rest.includes('--help')) {
    io.stdout.write(`用法：gongkai ${match.usage}\n${match.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await match.run(rest, io);
  } catch (err) {
    io.stderr.write(`错误：${(err as Error).message}\n`);
    return EXIT.usage;
  }
}

function help(): string {
  const lines = COMMANDS.map((c) => `  gongkai ${c.usage.padEnd(52)} ${c.summary}`);
  return `gongkai 政府信息公开平台命令行\n\n${lines.join('\n')}\n`;
}
