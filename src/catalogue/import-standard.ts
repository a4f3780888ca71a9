// The 标准目录 imported from the province's Excel: its items added after the agency's own (or, with `replace`, in place
// of them, their links to entries dropped), all or nothing, with one audit record. A dry run only reads and checks.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { readStandardFile } from './standard-file.ts';
import { deleteStandardItems } from './standard-link-store.ts';
import { insertStandardItem, listStandardItems } from './standard-store.ts';

export type StandardImportReport = { items: number; replaced: number; problems: string[]; written: boolean };

export async function importStandardCatalogue(
  ctx: Ctx,
  agencyId: number,
  file: { filename: string; bytes: Buffer },
  o: { replace: boolean; dryRun: boolean },
): Promise<StandardImportReport> {
  authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
  const { items, problems } = await readStandardFile(file.bytes);
  const existing = await listStandardItems(ctx.db, agencyId);
  const replaced = o.replace ? existing.length : 0;
  if (problems.length || o.dryRun) return { items: items.length, replaced, problems, written: false };
  await ctx.db.transaction().execute(async (tx) => {
    if (o.replace)
      await deleteStandardItems(
        tx,
        agencyId,
        (await listStandardItems(tx, agencyId)).map((it) => it.id!),
      );
    for (const { line: _, ...it } of items) await insertStandardItem(tx, agencyId, it);
    await record(tx, ctx, {
      action: 'catalogue.standard_imported',
      objectType: 'agency',
      objectId: agencyId,
      agencyId,
      summary: { file: file.filename, items: items.length, replaced },
    });
  });
  return { items: items.length, replaced, problems, written: true };
}
