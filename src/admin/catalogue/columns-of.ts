// The staff member's agency's catalogue columns, made on first use (routes.ts and extras-routes.ts both need them).
import { findAgencyById } from '../../agencies/store.ts';
import { ensureCatalogue } from '../../catalogue/ensure-catalogue.ts';
import type { StaffCtx } from '../../context.ts';
import { notFound } from '../../errors.ts';

export async function columnsOf(ctx: StaffCtx) {
  const actor = ctx.actor;
  return ctx.db.transaction().execute(async (tx) => {
    const agency = await findAgencyById(tx, ctx.writeScope, actor.agencyId);
    if (!agency) throw notFound('机关');
    return ensureCatalogue(tx, ctx, agency);
  });
}
