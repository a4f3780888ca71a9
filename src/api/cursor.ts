// Keyset paging for the API's lists: the client gets `nextCursor`, an opaque token holding the sort key of the last
// item it saw, and sends it back as `?cursor=` for the next page. Unlike page numbers, a cursor never skips or repeats
// an item when new ones arrive between two requests. Each list's store orders by its key (ending in the row id, so
// the order is total) and reads `limit + 1` rows after the cursor's key; `pageOf` cuts the extra row off.
import { z } from 'zod';
import { DomainError } from '../errors.ts';

export type CursorKey = readonly (string | number)[];

/** Query fields every list endpoint accepts, next to its own filters (`ListQuery.extend({...})`). */
export const ListQuery = z.object({
  cursor: z.string().max(512, { error: '翻页游标无效，请从第一页重新开始' }).optional(),
  limit: z.coerce
    .number({ error: '每页条数应为 1–100 的整数' })
    .int('每页条数应为 1–100 的整数')
    .min(1, '每页条数应为 1–100 的整数')
    .max(100, '每页条数应为 1–100 的整数')
    .default(20),
});

/** The response of a list endpoint: a page of `item` and the cursor of the next page (null on the last). */
export const listJson = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('下一页的游标；为 null 时已是最后一页'),
  });

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor holds, checked against the list's key shape ('s' string, 'n' number); a bad cursor is a 400. */
export function decodeCursor(cursor: string | undefined, shape: readonly ('s' | 'n')[]): CursorKey | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const bad = new DomainError('invalid_input', '翻页游标无效，请从第一页重新开始。', {
    cursor: '翻页游标无效，请从第一页重新开始',
  });
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad;
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw bad;
  const fits = key.every((v, i) =>
    shape[i] === 'n' ? typeof v === 'number' && Number.isSafeInteger(v) : typeof v === 'string' && v.length <= 200,
  );
  if (!fits) throw bad;
  return key as CursorKey;
}

/** Cuts rows read as `limit + 1` into the page and the next cursor (from the last item kept). */
export function pageOf<T>(rows: readonly T[], limit: number, keyOf: (row: T) => CursorKey) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
