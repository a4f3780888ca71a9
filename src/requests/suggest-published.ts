// While an applicant describes the information sought, the agency's already-published catalogue items that match are
// suggested: "已主动公开，告知获取途径" (条例第三十六条第一项) is the cheapest outcome for everyone. The catalogue's public
// search requires every word of a query, which a free-text description never satisfies, so the description is cut into
// its key words, each word is searched on its own through that same public search (published entries only: drafts,
// withdrawn and 不予公开 entries are never found) and entries are ranked by how many of the words they contain.
import { findPublicAgency } from '../agencies/store.ts';
import { listPublished } from '../catalogue/public-store.ts';
import type { Db } from '../db/connect.ts';
import { notFound } from '../errors.ts';
import { queryTokens } from '../search/tokenize.ts';

export type Suggestion = { id: number; indexNo: string; title: string; publishedOn: string; url: string; hits: number };

/** Words that say nothing about which information is sought (they would match half the catalogue). */
const GENERIC = new Set([
  '政府',
  '信息',
  '公开',
  '申请',
  '情况',
  '相关',
  '有关',
  '文件',
  '资料',
  '内容',
  '提供',
  '获取',
  '本人',
  '我们',
  '需要',
  '希望',
  '关于',
  '以及',
  '全部',
  '所有',
  '具体',
  '年度',
  '全年',
  '工作',
  '人民政府',
  '人民',
]);
const MAX_WORDS = 8;
export const MAX_SUGGESTIONS = 5;

/** The key words of a description: two characters or more, not generic, not the agency's own name, longest first. */
export function keyWords(text: string, agencyName: string): string[] {
  const own = new Set(queryTokens(agencyName));
  return queryTokens(text.slice(0, 500))
    .filter((w) => [...w].length >= 2 && !GENERIC.has(w) && !own.has(w) && !/^\d{1,3}$/.test(w))
    .sort((a, b) => [...b].length - [...a].length)
    .slice(0, MAX_WORDS);
}

export async function suggestPublished(db: Db, agencyCode: string, text: string): Promise<Suggestion[]> {
  const agency = await findPublicAgency(db, agencyCode);
  if (!agency) throw notFound('机关');
  const words = keyWords(text, agency.name);
  if (!words.length) return [];
  const found = new Map<number, Suggestion>();
  for (const q of words) {
    for (const e of (await listPublished(db, agency, ['id', 'indexNo', 'title', 'publishedOn'], { q }, 1, 20)).items) {
      const s = found.get(e.id) ?? {
        id: e.id,
        indexNo: e.indexNo,
        title: e.title,
        publishedOn: e.publishedOn ?? '',
        url: `/${e.agency.code}/catalogue/${e.id}`,
        hits: 0,
      };
      s.hits++;
      found.set(e.id, s);
    }
  }
  // With three key words or more, one shared word is a coincidence: ask for two.
  const least = words.length >= 3 ? 2 : 1;
  return [...found.values()]
    .filter((s) => s.hits >= least)
    .sort((a, b) => b.hits - a.hits || b.publishedOn.localeCompare(a.publishedOn) || b.id - a.id)
    .slice(0, MAX_SUGGESTIONS);
}
