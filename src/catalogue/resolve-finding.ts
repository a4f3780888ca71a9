// A reviewer handles one scanner finding: 遮盖 (the text is masked in a new version of the body, or a masked copy of
// the attachment replaces it, then everything is scanned again) or 保留 with a written reason. Never the author.
import { record } from '../audit/record.ts';
import { authorize, can, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, forbidden, invalidInput, notFound, stale } from '../errors.ts';
import { getBlob } from '../files/blobs.ts';
import { detect, maskAll } from '../privacy/detect.ts';
import { addMaskedCopy } from './masked-copy.ts';
import { actorId, actorName, loadEntry } from './load.ts';
import { selfApprovalRefused } from './review.ts';
import { scanEntry } from './scan-entry.ts';
import { fingerprintOf } from './screening.ts';
import { findEntry, listAttachments, listFindings, resolveFinding as resolveRow, updateEntry } from './store.ts';

export async function resolveFinding(
  ctx: Ctx,
  entryId: number,
  findingId: number,
  input: { how: 'mask' | 'override'; reason: string },
): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const entry = await loadEntry(tx, ctx, entryId);
    const reviewer = ['catalogue.secrecy_review', 'catalogue.review', 'catalogue.publish'] as const;
    if (!reviewer.some((p) => can(ctx.actor, p).allowed))
      throw forbidden('只有保密审查员、审核人或负责人可以处理敏感信息检查结果。');
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'agency.read'));
    const self = selfApprovalRefused(entry.authorId, actorId(ctx));
    if (self) throw forbidden(self);
    if (entry.state === 'published' || entry.state === 'withdrawn')
      throw new DomainError('illegal_transition', '该信息已发布或撤下，请使用“更正”。');
    const finding = (await listFindings(tx, entryId)).find((f) => f.id === findingId && f.state === 'open');
    if (!finding) throw notFound('检查结果');
    if (input.how === 'override') {
      await resolveRow(tx, entryId, findingId, {
        state: 'overridden',
        reason: input.reason,
        resolvedBy: actorName(ctx),
      });
    } else if (finding.attachmentId === null) {
      const body = maskBody(entry.body, finding.fingerprint, entry);
      if (!(await updateEntry(tx, entryId, entry.version, { body, updated_at: ctx.now.toISOString() }))) throw stale();
      await resolveRow(tx, entryId, findingId, { state: 'masked', reason: null, resolvedBy: actorName(ctx) });
    } else {
      const att = (await listAttachments(tx, entryId)).find((a) => a.id === finding.attachmentId);
      if (!att || finding.kind === 'unreadable')
        throw invalidInput('无法读取的附件不能自动遮盖：请上传带文字层的文件替换它，或写明理由后保留。');
      await addMaskedCopy(tx, ctx, entry, att, await getBlob(tx, ctx.config, att.sha256));
    }
    await record(tx, ctx, {
      action: 'catalogue.finding_resolved',
      objectType: 'catalogue_entry',
      objectId: entryId,
      agencyId: entry.agencyId,
      summary: {
        indexNo: entry.indexNo,
        findingId,
        kind: finding.kind,
        how: input.how,
        reason: input.how === 'override' ? input.reason : null,
      },
    });
    await scanEntry(tx, ctx, (await findEntry(tx, ctx.writeScope, entryId))!); // the masked copy is scanned again
  });
}

/** The body with the finding (identified by its fingerprint) masked. Title and summary are the author's to fix. */
function maskBody(body: string, fingerprint: string, entry: { title: string }): string {
  const matches = detect(body).filter((f) => fingerprintOf('body', f.kind, f.text) === fingerprint);
  if (!matches.length) throw invalidInput(`该内容位于名称或内容概述中（“${entry.title}”），请退回起草人修改。`);
  return maskAll(body, matches);
}
