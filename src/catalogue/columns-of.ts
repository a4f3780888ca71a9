// The staff member's agency's catalogue columns and settings, made on first use (the back office and the API both
// read them through here).
import { findAgencyById } from '../agencies/store.ts';
import type { StaffCtx } from '../context.ts';
import { notFound } from '../errors.ts';
import { ensureCatalogue } from './ensure-catalogue.ts';

export async function columnsOf(ctx: StaffCtx) {
  const actor = ctx.actor;
  return ctx.db.transaction().execute(async (tx) => {
    const agency = await findAgencyById(tx, ctx.writeScope, actor.agencyId);
    if (!agency) throw notFound('机关');
    return ensureCatalogue(tx, ctx, agency);
  });
}
