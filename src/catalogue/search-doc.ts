// What the search index holds for a published entry: 名称, 文号, 内容概述, body and the text of its attachments.
import { indexEntry } from '../search/search.ts';
import type { Entry } from './entry.ts';
import type { Dialect } from '../db/connect.ts';
import { listAttachments, type Q } from './store.ts';

export async function indexPublished(tx: Q, dialect: Dialect, entry: Entry): Promise<void> {
  const attachments = await listAttachments(tx, entry.id);
  const text = [entry.title, entry.docNo ?? '', entry.summary, entry.body, ...attachments.map((a) => `${a.filename}\n${a.text ?? ''}`)].join('\n');
  await indexEntry(tx, dialect, { entryId: entry.id, agencyId: entry.agencyId, text });
}
