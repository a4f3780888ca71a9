// Gives an agency its columns (from the template of its kind) and default settings the first time the catalogue is
// used. Idempotent; runs inside the caller's transaction.
import type { Agency } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { columnTemplate } from './columns.ts';
import {
  type Column,
  EMPTY_GUIDE,
  getSettings,
  insertColumns,
  insertSettings,
  listColumns,
  type Settings,
} from './column-store.ts';
import type { Q } from './store.ts';

export async function ensureCatalogue(
  tx: Q,
  ctx: Pick<Ctx, 'actor' | 'now' | 'config'>,
  agency: Agency,
): Promise<{ columns: Column[]; settings: Settings }> {
  let settings = await getSettings(tx, agency.id);
  if (!settings) {
    // A township's head signs off by default (负责人签发); other agencies decide in their settings.
    settings = { requireSignOff: false, guide: { ...EMPTY_GUIDE, office: `${agency.name}党政办公室` } };
    await insertSettings(tx, agency.id, settings, ctx.now.toISOString());
    const template = columnTemplate(agency.kind);
    await insertColumns(tx, agency.id, template, ctx.now.toISOString());
    await record(tx as never, ctx, {
      action: 'catalogue.columns_created',
      objectType: 'agency',
      objectId: agency.id,
      agencyId: agency.id,
      summary: { columns: template.length, kind: agency.kind },
    });
  }
  return { columns: await listColumns(tx, agency.id), settings };
}
