// What the index keeps of a published entry and in which order hits come: the sort key is the publication day and
// the entry id in one integer (newest first is descending key order, the entry id breaks ties), so the index hands
// back hits already in the order a page shows them, and a year is a range of keys. Pure.
import { fold } from './fold.ts';

/** A published entry as the index sees it. `text` is everything but the title: 文号, 内容概述, 正文, attachments. */
export type SearchEntry = {
  entryId: number;
  agencyId: number;
  agencyPath: string;
  publishedOn: string;
  title: string;
  text: string;
  columnId: number;
  genre: string;
  validity: string;
  topic: string;
};

const ID_SPAN = 2 ** 32; // entry ids stay below it; days since 1970 times it stay below 2^53 (exact in a JS number)
const DAY = 86_400_000;

const days = (isoDate: string): number =>
  Math.max(0, Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY));

export function sortKey(publishedOn: string, entryId: number): number {
  return days(publishedOn) * ID_SPAN + entryId;
}

export const entryIdOf = (key: number): number => key % ID_SPAN;

/** The year of publication a key holds. */
export const yearOfKey = (key: number): number => new Date(Math.floor(key / ID_SPAN) * DAY).getUTCFullYear();

/** The keys of the entries published in `year`, inclusive. */
export function yearKeys(year: number): [number, number] {
  return [days(`${year}-01-01`) * ID_SPAN, days(`${year + 1}-01-01`) * ID_SPAN - 1];
}

/** The folded title and the folded rest: the two parts a hit is ranked by. */
export function foldedParts(e: Pick<SearchEntry, 'title' | 'text'>): { title: string; rest: string } {
  return { title: fold(e.title), rest: fold(e.text) };
}
