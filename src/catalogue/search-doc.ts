// What the search index holds for a published entry: 名称 (ranked first), then 文号, 内容概述, body and its attachments'
// names and text; with its agency's place in the tree, its publication day and the fields the filters use.
import type { QueryExecutorProvider } from 'kysely';
import { findPublicAgencyById } from '../agencies/store.ts';
import type { Dialect } from '../db/connect.ts';
import { indexEntry, type SearchEntry } from '../search/search.ts';
import type { Attachment, Entry } from './entry.ts';
import { listAttachments, type Q } from './store.ts';

type EntryFields = Pick<
  Entry,
  | 'id'
  | 'agencyId'
  | 'publishedOn'
  | 'title'
  | 'docNo'
  | 'summary'
  | 'body'
  | 'columnId'
  | 'genre'
  | 'validity'
  | 'topic'
>;

export function searchEntryOf(
  e: EntryFields,
  attachments: readonly Pick<Attachment, 'filename' | 'text'>[],
  agencyPath: string,
): SearchEntry {
  const text = [e.docNo ?? '', e.summary, e.body, ...attachments.map((a) => `${a.filename}\n${a.text ?? ''}`)].join(
    '\n',
  );
  return {
    entryId: e.id,
    agencyId: e.agencyId,
    agencyPath,
    publishedOn: e.publishedOn ?? '1970-01-01',
    title: e.title,
    text,
    columnId: e.columnId,
    genre: e.genre,
    validity: e.validity,
    topic: e.topic,
  };
}

export async function indexPublished(tx: Q, dialect: Dialect, entry: Entry): Promise<void> {
  const [attachments, agency] = await Promise.all([
    listAttachments(tx, entry.id),
    findPublicAgencyById(tx, entry.agencyId),
  ]);
  // The callers' transactions are Kysely's, which run raw SQL too; their narrow type only lists the builders they use.
  await indexEntry(tx as Q & QueryExecutorProvider, dialect, searchEntryOf(entry, attachments, agency!.path));
}
