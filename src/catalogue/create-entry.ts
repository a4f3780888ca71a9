// A clerk drafts a catalogue entry. The 索引号 is generated (organisation code / year - serial) unless a legacy number
// is imported; either way it is unique and never changes afterwards.
import { findAgencyByCode } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput, notFound } from '../errors.ts';
import { ensureCatalogue } from './ensure-catalogue.ts';
import type { EntryInput } from './form.ts';
import { formatIndexNo, orgPrefix } from './item.ts';
import { actorId, actorName } from './load.ts';
import { indexNoTaken, insertEntry, nextSerial } from './store.ts';

export async function createEntry(
  ctx: Ctx,
  agencyCode: string,
  input: EntryInput,
): Promise<{ id: number; indexNo: string }> {
  return ctx.db.transaction().execute(async (tx) => {
    const agency = await findAgencyByCode(tx, ctx.writeScope, agencyCode);
    if (!agency) throw notFound('机关');
    authorize(canWriteAgency(ctx.actor, agency.id, 'catalogue.draft'));
    const { columns } = await ensureCatalogue(tx, ctx, agency);
    if (!columns.some((c) => c.id === input.columnId))
      throw invalidInput('所选栏目不存在，请重新选择。', { columnId: '请从列表中选择本机关的栏目' });
    let indexNo = input.legacyIndexNo;
    if (indexNo) {
      if (await indexNoTaken(tx, indexNo))
        throw new DomainError('conflict', '该索引号已被其他信息使用，索引号必须唯一。', {
          legacyIndexNo: '索引号已存在',
        });
    } else {
      const year = Number(input.formedOn.slice(0, 4));
      indexNo = formatIndexNo(orgPrefix(agency.orgCode, agency.id), year, await nextSerial(tx, agency.id, year));
    }
    const id = await insertEntry(tx, {
      ...input,
      agencyId: agency.id,
      indexNo,
      authorId: actorId(ctx),
      authorName: actorName(ctx),
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'catalogue.entry_created',
      objectType: 'catalogue_entry',
      objectId: id,
      agencyId: agency.id,
      summary: { indexNo, title: input.title, legacy: !!input.legacyIndexNo },
    });
    return { id, indexNo };
  });
}
