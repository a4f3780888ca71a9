// Ctx: what a use case may depend on, built per HTTP request, per CLI run, or per test. No container, no globals.
import type { Actor } from './auth/actor.ts';
import { type Scope, readScope, writeScope } from './auth/scope.ts';
import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';

export type Log = {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
};

export type Ctx = {
  readonly db: Db;
  readonly config: Config;
  readonly actor: Actor;
  /** Agencies the actor may read / write. */
  readonly scope: Scope;
  readonly writeScope: Scope;
  readonly now: Date;
  readonly log: Log;
};

export const silentLog: Log = { info() {}, warn() {}, error() {} };

export function makeCtx(base: { db: Db; config: Config; log?: Log; now?: Date }, actor: Actor): Ctx {
  return {
    db: base.db,
    config: base.config,
    actor,
    scope: readScope(actor),
    writeScope: writeScope(actor),
    now: base.now ?? new Date(),
    log: base.log ?? silentLog,
  };
}
