// What a CLI command gets: arguments, streams and environment, so tests can run commands in-process.
import type { Readable, Writable } from 'node:stream';

export type CliIO = {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
};

export type Command = {
  /** Words that select the command, e.g. ['user', 'add']. */
  readonly name: readonly string[];
  readonly summary: string;
  readonly usage: string;
  run(args: string[], io: CliIO): Promise<number>;
};

/** Exit codes: 0 done, 1 ran but found problems (e.g. a broken audit chain), 2 bad input or unusable file. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}
