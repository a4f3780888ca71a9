// The shape of a catalogue entry as the use cases, pages and API see it (rows are mapped in store.ts).
import type { LocalDate } from '../calendar/dates.ts';
import type { Disclosure, Genre, Validity } from './item.ts';
import type { EntryState } from './review.ts';

export type Entry = {
  id: number;
  agencyId: number;
  columnId: number;
  indexNo: string;
  title: string;
  summary: string;
  publisher: string;
  formedOn: LocalDate;
  publishedOn: LocalDate | null;
  docNo: string | null;
  topic: string;
  genre: Genre;
  disclosure: Disclosure;
  withheldReason: string | null;
  validity: Validity;
  repealedOn: LocalDate | null;
  body: string;
  state: EntryState;
  version: number;
  corrected: boolean;
  authorId: number;
  /** 谁制作或获取、谁审核、谁公开 */
  authorName: string;
  reviewerName: string | null;
  publisherName: string | null;
  updatedAt: string;
  /** A correction draft: the published entry it will replace once it has passed review and is published. */
  correctsId: number | null;
  correctionReason: string | null;
};

/** What a public list (catalogue, search, feeds, API) shows of a published entry: no staff names, no workflow state. */
export type PublicEntry = Pick<
  Entry,
  | 'id'
  | 'columnId'
  | 'indexNo'
  | 'title'
  | 'summary'
  | 'publisher'
  | 'formedOn'
  | 'publishedOn'
  | 'docNo'
  | 'topic'
  | 'genre'
  | 'validity'
  | 'corrected'
  | 'body'
>;

/** The metadata fields a draft or a correction sets. */
export type EntryContent = Pick<
  Entry,
  | 'columnId'
  | 'title'
  | 'summary'
  | 'publisher'
  | 'formedOn'
  | 'docNo'
  | 'topic'
  | 'genre'
  | 'disclosure'
  | 'withheldReason'
  | 'validity'
  | 'repealedOn'
  | 'body'
>;

export type Attachment = {
  id: number;
  entryId: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  text: string | null;
};

export type FindingRow = {
  id: number;
  entryId: number;
  attachmentId: number | null;
  kind: string;
  excerpt: string;
  fingerprint: string;
  state: 'open' | 'masked' | 'overridden';
  reason: string | null;
  resolvedBy: string | null;
};
