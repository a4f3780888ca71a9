import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../errors.ts';
import { decodeCursor, encodeCursor, ListQuery, listJson, pageOf } from './cursor.ts';
import { z } from 'zod';

describe('API list cursors', () => {
  it('round-trips a sort key through the opaque token', () => {
    const key = ['2026-03-01', 42] as const;
    assert.deepEqual(decodeCursor(encodeCursor(key), ['s', 'n']), key);
  });

  it('treats an absent or empty cursor as the first page', () => {
    assert.equal(decodeCursor(undefined, ['n']), undefined);
    assert.equal(decodeCursor('', ['n']), undefined);
  });

  for (const [what, token] of [
    ['not base64 JSON', '!!!'],
    ['a key of the wrong length', encodeCursor([1, 2])],
    ['a string where a number belongs', encodeCursor(['x'])],
    ['a non-integer number', encodeCursor([1.5])],
  ] as const) {
    it(`refuses ${what} with a Chinese 400 naming the cursor field`, () => {
      assert.throws(
        () => decodeCursor(token, ['n']),
        (e: unknown) => e instanceof DomainError && e.code === 'invalid_input' && e.fields?.cursor !== undefined,
      );
    });
  }

  it('cuts the extra row off and points the next cursor at the last item kept', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = pageOf(rows, 2, (r) => [r.id]);
    assert.deepEqual(page.items, [{ id: 1 }, { id: 2 }]);
    assert.deepEqual(decodeCursor(page.nextCursor ?? '', ['n']), [2]);
    assert.equal(pageOf(rows, 3, (r) => [r.id]).nextCursor, null);
  });

  it('defaults the page size to 20 and refuses more than 100', () => {
    assert.equal(ListQuery.parse({}).limit, 20);
    assert.equal(ListQuery.safeParse({ limit: '101' }).success, false);
    assert.equal(
      listJson(z.object({ id: z.number() })).safeParse({ items: [{ id: 1 }], nextCursor: null }).success,
      true,
    );
  });
});
