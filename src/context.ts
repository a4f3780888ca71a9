// Ctx: what a use case may depend on, built per HTTP request, per CLI run, or per test. No container, no globals.
import { type Actor, type StaffActor, staffActor } from './auth/actor.ts';
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

/** A context whose actor is staff (the back office, staff-only use cases). */
export type StaffCtx = Ctx & { readonly actor: StaffActor };

export function asStaff(ctx: Ctx): StaffCtx {
  staffActor(ctx.actor);
  return ctx as StaffCtx;
}

export const silentLog: Log = { info() {}, warn() {}, error() {} };

export function makeCtx(base: { db: Db; config: Config; log?: Log; now?: Date }, actor: Actor): Ctx {
  return {
    db: base.db,
    config: base.config,
    actor,
    scope: readScope(actor),
    writeScope: writeScope(actor),
    now: base.now ?? base.config.clock(),
    log: base.log ?? silentLog,
  };
}
