// Durable commits on PostgreSQL that do not hold their row locks while the WAL is flushed. Every change takes one
// row that every other change wants too (the audit chain's head, the day's application counter), and PostgreSQL keeps
// a row lock until COMMIT returns, which with synchronous_commit=on includes the WAL flush: the flushes of all changes
// would then follow one another. Instead each transaction commits asynchronously (its locks are released as soon as
// its commit record is written) and the caller hears "committed" only after a WAL flush past that record: a small
// transaction of our own that writes WAL and commits synchronously. Flushes of changes committing together are
// shared (PostgreSQL's group commit), so they no longer queue behind the locks.
//
// Durability is as with synchronous_commit=on: nothing is reported committed before it is on disk, and a transaction
// that read another's changes and committed durably flushed those changes too (the WAL is one sequence). What differs:
// for the moment between its commit record and the flush, another session can already see a change that a crash in
// that moment would lose; that change was never reported to its caller.
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type PostgresDialectConfig,
  type TransactionSettings,
} from 'kysely';

type Preamble = { statement: string; rows?: Record<string, unknown>[] };
const preambles = new AsyncLocalStorage<Preamble>();

/**
 * Runs `run`, whose first transaction begins on PostgreSQL in the same round trip as `statement`: a statement of
 * literal values (no parameters) in a transaction of its own, committed (asynchronously) just before, so a row it
 * locks is free again while the transaction runs. `rows()` then gives its rows. Without a statement, or before the
 * transaction began, `rows()` is undefined.
 */
export function beginningWith<T>(
  statement: string | undefined,
  run: (rows: () => Record<string, unknown>[] | undefined) => Promise<T>,
): Promise<T> {
  if (statement === undefined) return run(() => undefined);
  const preamble: Preamble = { statement };
  return preambles.run(preamble, () => run(() => preamble.rows));
}

export class EarlyReleasePostgresDialect extends PostgresDialect {
  constructor(config: PostgresDialectConfig) {
    super(config);
  }
  override createDriver(): Driver {
    return new EarlyReleaseDriver(super.createDriver());
  }
}

class EarlyReleaseDriver implements Driver {
  readonly #inner: Driver;
  constructor(inner: Driver) {
    this.#inner = inner;
  }
  init() {
    return this.#inner.init();
  }
  acquireConnection() {
    return this.#inner.acquireConnection();
  }
  rollbackTransaction(c: DatabaseConnection) {
    return this.#inner.rollbackTransaction(c);
  }
  releaseConnection(c: DatabaseConnection) {
    return this.#inner.releaseConnection(c);
  }
  destroy() {
    return this.#inner.destroy();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (settings.isolationLevel || settings.accessMode) return this.#inner.beginTransaction(connection, settings);
    const begin = 'begin; set local synchronous_commit to off';
    const preamble = preambles.getStore();
    if (preamble && !preamble.rows) {
      // Its rows: the client (postgres-prepare.ts) answers several statements with the last that returned rows.
      try {
        const { rows } = await connection.executeQuery<Record<string, unknown>>(
          CompiledQuery.raw(`${begin}; ${preamble.statement}; commit; ${begin}`),
        );
        preamble.rows = rows;
        return;
      } catch (err) {
        // A failed statement leaves its explicit block aborted: ended here, so the connection goes back clean.
        await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => undefined);
        throw err;
      }
    }
    await connection.executeQuery(CompiledQuery.raw(begin)); // one round trip
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    // COMMIT, then the flush barrier in a transaction of its own, in one round trip: an xid and a WAL record make that
    // second commit synchronous, flushing the WAL up to and past the first. No table is touched, no lock waited for.
    await connection.executeQuery(
      CompiledQuery.raw("commit; select pg_current_xact_id(), pg_logical_emit_message(true, 'gongkai', 'commit')"),
    );
  }
}
