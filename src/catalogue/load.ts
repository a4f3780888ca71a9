// Shared steps of the catalogue use cases: find the entry in the actor's write scope, check the version.
import type { Ctx } from '../context.ts';
import { notFound, stale } from '../errors.ts';
import type { Entry } from './entry.ts';
import { findEntry, type Q } from './store.ts';

export async function loadEntry(tx: Q, ctx: Ctx, id: number, version?: number): Promise<Entry> {
  const entry = await findEntry(tx, ctx.writeScope, id);
  if (!entry) throw notFound('信息');
  if (version !== undefined && entry.version !== version) throw stale();
  return entry;
}

/** The version check, made after the permission check (a stale form of a step one may not take is still a 403). */
export function sameVersion(entry: Entry, version: number): void {
  if (entry.version !== version) throw stale();
}

export const actorName = (ctx: Ctx) =>
  ctx.actor.kind === 'staff'
    ? ctx.actor.displayName
    : ctx.actor.kind === 'system'
      ? `系统（${ctx.actor.label}）`
      : '公众';
export const actorId = (ctx: Ctx) => (ctx.actor.kind === 'staff' ? ctx.actor.userId : 0);
