// What a benchmark needs from the machine, checked before anything is loaded: each missing piece is one line saying
// how to get it (exit 2), not a stack trace from deep inside the run.
import { execFileSync } from 'node:child_process';
import pg from 'pg';

function missing(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(2);
}

/** A program on PATH, run with `args` to see that it starts. */
export function needCommand(cmd: string, args: string[], how: string): void {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    missing(
      code === 'ENOENT'
        ? `${cmd} not found: ${how}`
        : `${cmd} does not start (${(err as Error).message.split('\n')[0]}): ${how}`,
    );
  }
}

/** The PostgreSQL server DATABASE_URL names answers, as a role that may create tables there. */
export async function needPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (err) {
    missing(
      `PostgreSQL at DATABASE_URL does not answer (${(err as Error).message}): start one, e.g. scripts/pg-throwaway.sh start /tmp/gk-pg 55432, or unset DATABASE_URL to use SQLite`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export const NGINX_HOW = 'the static-file floor needs nginx: apt-get install nginx-light (or nginx)';
