// Group commit for the embedded SQLite: durable commits (synchronous=FULL: the WAL is fsynced at every commit) without
// one fsync per transaction. SQLite has one writer and, here, one connection; transactions that queue for it run one
// after another inside one physical transaction, each in a savepoint of its own, and the physical COMMIT (one fsync)
// ends a batch when nobody else is waiting, or after MAX_BATCH transactions or MAX_OPEN_MS.
//
// What each caller sees is what a plain transaction gives: its transaction runs alone (isolation), a failure undoes
// only its own savepoint (atomicity), and its commit returns only once the COMMIT holding it is on disk (durability).
// A query outside any transaction that runs while a batch is open sees the batch's changes, so its answer, too, is
// held back until that batch is on disk: nobody ever observes a change that is not yet durable. If the COMMIT fails,
// every transaction of the batch fails: none was reported committed.
import type SQLite from 'better-sqlite3';
import { type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, SqliteDialect } from 'kysely';

const MAX_BATCH = 256;
const MAX_OPEN_MS = 5;

type Waiter = { resolve(): void; reject(err: unknown): void };
/** One holder's use of the connection: in a transaction of its own, and whether it already handed the connection on. */
type Lease = DatabaseConnection & { inTransaction: boolean; handedOver: boolean };

export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #database: SQLite.Database;
  /** The driver Kysely made, for its counters. */
  driver?: GroupCommitDriver;
  constructor(database: SQLite.Database) {
    super({ database });
    this.#database = database;
  }
  override createDriver(): Driver {
    this.driver = new GroupCommitDriver(this.#database);
    return this.driver;
  }
}

export class GroupCommitDriver implements Driver {
  readonly #db: SQLite.Database;
  #locked = false;
  readonly #queue: Array<() => void> = [];
  /** A physical transaction is open: committed savepoints (and reads of them) wait in #durable for its COMMIT. */
  #open = false;
  #openedAt = 0;
  #durable: Waiter[] = [];
  /** Physical commits made, and transactions they held (for tests and the benchmark). */
  readonly stats = { commits: 0, transactions: 0 };

  constructor(db: SQLite.Database) {
    this.#db = db;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#locked) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#locked = true;
    const lease: Lease = {
      inTransaction: false,
      handedOver: false,
      executeQuery: <R>(q: CompiledQuery) => Promise.resolve(this.#run(q, lease) as QueryResult<R>),
      streamQuery: () => {
        throw new Error('streaming is not used');
      },
    };
    return lease;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as Lease).inTransaction = true;
    this.#openBatch();
    this.#db.prepare('savepoint gk_tx').run();
  }

  #openBatch(): void {
    if (!this.#open) {
      // The write lock at `begin`: a deferred transaction that has read and then writes fails at once with SQLITE_BUSY
      // when another process (a second worker, a CLI command) committed in between; taking the lock first makes it
      // queue instead (busy_timeout). Reads outside transactions still run beside other processes' writes.
      this.#db.prepare('begin immediate').run();
      this.#open = true;
      this.#openedAt = performance.now();
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.#db.prepare('release gk_tx').run();
    this.stats.transactions++;
    const durable = this.#awaitCommit();
    Object.assign(connection as Lease, { inTransaction: false, handedOver: true });
    this.#handOver();
    await durable;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as Lease).inTransaction = false;
    if (!this.#db.inTransaction) return this.#lost(new Error('SQLite rolled the whole transaction back'));
    this.#db.prepare('rollback to gk_tx').run();
    this.#db.prepare('release gk_tx').run();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if ((connection as Lease).handedOver) return;
    // Single queries that ran inside an open batch saw (or made) its changes: their answer waits for its COMMIT.
    const durable = this.#open ? this.#awaitCommit() : undefined;
    this.#handOver();
    await durable;
  }

  async destroy(): Promise<void> {
    if (this.#open) this.#commit();
    this.#db.close();
  }

  #run(q: CompiledQuery, lease: Lease): QueryResult<unknown> {
    const stmt = this.#db.prepare(q.sql);
    if (stmt.reader) return { rows: stmt.all(q.parameters as unknown[]) };
    // A single write outside a transaction (a rate-limit count, an outbox claim) joins the batch too: one statement is
    // atomic by itself, and its caller hears back once the batch's COMMIT is on disk (releaseConnection).
    if (!lease.inTransaction) this.#openBatch();
    const { changes, lastInsertRowid } = stmt.run(q.parameters as unknown[]);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  #awaitCommit(): Promise<void> {
    return new Promise<void>((resolve, reject) => this.#durable.push({ resolve, reject }));
  }

  /** The next in line gets the connection; the batch is committed first when nobody waits or it is big or old enough. */
  #handOver(): void {
    if (
      this.#open &&
      (!this.#queue.length || this.#durable.length >= MAX_BATCH || performance.now() - this.#openedAt >= MAX_OPEN_MS)
    )
      this.#commit();
    const next = this.#queue.shift();
    if (next) next();
    else this.#locked = false;
  }

  #commit(): void {
    const waiting = this.#durable;
    this.#durable = [];
    this.#open = false;
    if (!this.#db.inTransaction) {
      for (const w of waiting) w.reject(new Error('SQLite rolled the whole transaction back'));
      return;
    }
    try {
      this.#db.prepare('commit').run();
      this.stats.commits++;
    } catch (err) {
      if (this.#db.inTransaction) this.#db.prepare('rollback').run();
      for (const w of waiting) w.reject(err);
      return;
    }
    for (const w of waiting) w.resolve();
  }

  /** SQLite undid the physical transaction by itself (an I/O error, a full disk): every transaction of the batch failed. */
  #lost(err: Error): void {
    const waiting = this.#durable;
    this.#durable = [];
    this.#open = false;
    for (const w of waiting) w.reject(err);
  }
}
