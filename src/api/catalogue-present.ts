// JSON shapes of the catalogue for staff (entries in every state, their review record, findings and attachments), and
// their schemas for the OpenAPI document. The back-office entry page shows the same (admin/catalogue/load-detail.ts).
import { z } from 'zod';
import type { loadDetail } from '../admin/catalogue/load-detail.ts';
import type { Attachment, Entry, FindingRow } from '../catalogue/entry.ts';
import { ENTRY_STATES, STATE_LABELS } from '../catalogue/review.ts';
import { idParam } from '../admin/params.ts';

/** An id in the path: anything but a row id is simply not found (as in the back office). */
export const rowId = idParam;
export const IdParams = z.object({ id: z.string().describe('信息的 id') });

export const EntryItemJson = z.object({
  id: z.number(),
  indexNo: z.string(),
  title: z.string(),
  state: z.enum(ENTRY_STATES),
  stateLabel: z.string(),
  version: z.number().describe('乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交'),
  columnId: z.number(),
  formedOn: z.string(),
  publishedOn: z.string().nullable(),
  authorName: z.string(),
  updatedAt: z.string(),
  corrected: z.boolean(),
  correctsId: z.number().nullable().describe('更正稿：所更正的已发布信息的 id'),
});

const AttachmentJson = z.object({
  id: z.number(),
  filename: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  readable: z.boolean().describe('能否读出文字（不能读出的附件须人工审查）'),
});
const FindingJson = z.object({
  id: z.number(),
  attachmentId: z.number().nullable(),
  kind: z.string(),
  excerpt: z.string(),
  state: z.enum(['open', 'masked', 'overridden']),
  reason: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});

export const EntryJson = EntryItemJson.extend({
  summary: z.string(),
  publisher: z.string(),
  docNo: z.string().nullable(),
  topic: z.string(),
  genre: z.string(),
  disclosure: z.string(),
  withheldReason: z.string().nullable(),
  validity: z.string(),
  repealedOn: z.string().nullable(),
  body: z.string(),
  reviewerName: z.string().nullable(),
  publisherName: z.string().nullable(),
  correctionReason: z.string().nullable(),
  columnName: z.string(),
  due: z.string().describe('条例第二十六条：成文后 20 个工作日内公开'),
  late: z.boolean(),
  approvals: z.array(
    z.object({ step: z.string(), decision: z.string(), actorName: z.string(), comment: z.string(), at: z.string() }),
  ),
  findings: z.array(FindingJson),
  attachments: z.array(AttachmentJson),
  versions: z.array(z.object({ version: z.number(), reason: z.string(), at: z.string() })),
  posts: z.array(z.object({ channel: z.string(), note: z.string(), actorName: z.string(), at: z.string() })),
});

export function presentItem(e: Entry): z.infer<typeof EntryItemJson> {
  return {
    id: e.id,
    indexNo: e.indexNo,
    title: e.title,
    state: e.state,
    stateLabel: STATE_LABELS[e.state],
    version: e.version,
    columnId: e.columnId,
    formedOn: e.formedOn,
    publishedOn: e.publishedOn,
    authorName: e.authorName,
    updatedAt: e.updatedAt,
    corrected: e.corrected,
    correctsId: e.correctsId,
  };
}

export const presentAttachment = (a: Attachment): z.infer<typeof AttachmentJson> => ({
  id: a.id,
  filename: a.filename,
  mime: a.mime,
  size: a.size,
  sha256: a.sha256,
  readable: a.text !== null,
});

const presentFinding = (f: FindingRow): z.infer<typeof FindingJson> => ({
  id: f.id,
  attachmentId: f.attachmentId,
  kind: f.kind,
  excerpt: f.excerpt,
  state: f.state,
  reason: f.reason,
  resolvedBy: f.resolvedBy,
});

export function presentEntry(d: Awaited<ReturnType<typeof loadDetail>>): z.infer<typeof EntryJson> {
  const e = d.entry;
  return {
    ...presentItem(e),
    summary: e.summary,
    publisher: e.publisher,
    docNo: e.docNo,
    topic: e.topic,
    genre: e.genre,
    disclosure: e.disclosure,
    withheldReason: e.withheldReason,
    validity: e.validity,
    repealedOn: e.repealedOn,
    body: e.body,
    reviewerName: e.reviewerName,
    publisherName: e.publisherName,
    correctionReason: e.correctionReason,
    columnName: d.columnName,
    due: d.due,
    late: d.late,
    approvals: d.approvals.map((a) => ({
      step: a.step,
      decision: a.decision,
      actorName: a.actor_name,
      comment: a.comment,
      at: a.at,
    })),
    findings: d.findings.map(presentFinding),
    attachments: d.attachments.map(presentAttachment),
    versions: d.versions.map((v) => ({ version: Number(v.version), reason: v.reason, at: v.at })),
    posts: d.posts.map((p) => ({ channel: p.channel, note: p.note, actorName: p.actor_name, at: p.at })),
  };
}
