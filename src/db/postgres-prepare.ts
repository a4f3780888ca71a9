// The client every PostgreSQL connection uses (the pool's `Client`), for two things Kysely's driver cannot ask for:
// - Named prepared statements. Kysely sends every query as an unnamed statement, which PostgreSQL parses, analyses
//   and plans anew each time: for the short statements of a submission or a search, a quarter of the database's CPU.
//   A text the process has sent REPEATS times goes under a name instead: each connection parses it once (node-postgres
//   remembers what it prepared on each) and PostgreSQL keeps its plan, re-planning by itself when a table it reads
//   changes. Only texts with parameters (the others take the simple protocol), at most MAX_NAMES of them (a variable
//   IN list is a new text per length). GONGKAI_PG_PREPARE=off turns it off, for a pooler in transaction mode that does
//   not keep named statements (PgBouncer before 1.21).
// - Several statements in one round trip (the simple protocol, literal values only): node-postgres answers with one
//   result per statement, which Kysely reads as no rows; the client answers with the last statement that returned rows.
import { createHash } from 'node:crypto';
import pg from 'pg';

const REPEATS = 3;
const MAX_NAMES = 2000;
const MAX_PARAMETERS = 200;

/** Texts seen and names given, shared by every connection of the process. */
const seen = new Map<string, number>();
const names = new Map<string, string>();

/** The name for `text`, once it has been sent often enough; undefined while it goes unnamed. */
export function statementName(text: string, parameters: number): string | undefined {
  const named = names.get(text);
  if (named !== undefined) return named;
  if (parameters === 0 || parameters > MAX_PARAMETERS || names.size >= MAX_NAMES) return undefined;
  const n = (seen.get(text) ?? 0) + 1;
  if (n < REPEATS) {
    if (seen.size >= MAX_NAMES * 4) seen.clear(); // texts that never repeat do not pile up
    seen.set(text, n);
    return undefined;
  }
  seen.delete(text);
  const name = `gk_${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;
  names.set(text, name);
  return name;
}

type Send = (...a: unknown[]) => unknown;

/** The result of several statements as one: the last that returned rows (or the last of all). */
function lastWithRows(results: pg.QueryResult[]): pg.QueryResult {
  return [...results].reverse().find((r) => r.fields.length > 0) ?? results.at(-1)!;
}

/** The pool's client class; `prepare` names repeated statements. */
export function gongkaiClient(prepare: boolean): typeof pg.Client {
  return class GongkaiClient extends pg.Client {
    // pg's query() has many overloads; Kysely calls query(text, values), and the pool query(text) for several
    // statements: only those two are changed.
    override query(...args: unknown[]): never {
      const send = super.query as unknown as Send;
      const [text, values] = args;
      if (typeof text !== 'string' || args.length > 2) return send.apply(this, args) as never;
      const name = prepare && Array.isArray(values) ? statementName(text, values.length) : undefined;
      const sent = (name ? send.call(this, { name, text, values }) : send.apply(this, args)) as Promise<
        pg.QueryResult | pg.QueryResult[]
      >;
      return sent.then((r) => (Array.isArray(r) ? lastWithRows(r) : r)) as never;
    }
  };
}
