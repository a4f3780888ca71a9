// The agency's catalogue settings: whether the head signs off before publication, and the 信息公开指南 contact block.
import { findAgencyById } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { type Settings, updateSettings as save } from './column-store.ts';
import { ensureCatalogue } from './ensure-catalogue.ts';

export async function updateCatalogueSettings(ctx: Ctx, agencyId: number, settings: Settings): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const agency = await findAgencyById(tx, ctx.writeScope, agencyId);
    if (!agency) throw notFound('机关');
    authorize(canWriteAgency(ctx.actor, agency.id, 'catalogue.manage'));
    await ensureCatalogue(tx, ctx, agency);
    await save(tx, agency.id, settings, ctx.now.toISOString());
    await record(tx, ctx, {
      action: 'catalogue.settings_changed',
      objectType: 'agency',
      objectId: agency.id,
      agencyId: agency.id,
      summary: { requireSignOff: settings.requireSignOff },
    });
  });
}
