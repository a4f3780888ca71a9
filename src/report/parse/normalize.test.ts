import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineStarts, normalizeText, toOriginal } from './normalize.ts';

test('the normalised text is NFKC with one kind of line end and plain spaces, and every character knows where it came from', () => {
  const raw = 'ａｂ１２\r\n（三）…“好”\u3000x\ry😀z ﬁ';
  const n = normalizeText(raw);
  assert.equal(n.text, 'ab12\n(三)...“好” x\ny😀z fi');
  assert.equal(n.origin.length, n.text.length + 1);
  assert.equal(n.origin[n.text.length], raw.length);
  const at = n.text.indexOf('好');
  assert.equal(raw[n.origin[at] as number], '好');
  assert.deepEqual(toOriginal(n, lineStarts(raw), n.text.indexOf('12'), n.text.indexOf('12') + 2), {
    from: 2,
    to: 4,
    line: 1,
  });
  assert.deepEqual(toOriginal(n, lineStarts(raw), n.text.indexOf('y'), n.text.indexOf('y') + 1).line, 3);
});

test('any text: the same as NFKC of the whole, offsets rising, each span mapping onto the characters it came from', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.constantFrom('a', '1', '１', '（', '三', '\r', '\n', '\r\n', '\u3000', '…', '😀', '，', 'ﬁ', ' '),
      }),
      (raw) => {
        const n = normalizeText(raw);
        assert.equal(
          n.text,
          raw
            .normalize('NFKC')
            .replace(/\r\n?/g, '\n')
            .replace(/\u00a0|\u3000/g, ' '),
        );
        for (let i = 1; i < n.origin.length; i++) assert.ok((n.origin[i] as number) >= (n.origin[i - 1] as number));
        for (let i = 0; i < n.text.length; i++) {
          const from = n.origin[i] as number;
          const ch = raw.codePointAt(from) as number;
          const src = String.fromCodePoint(ch);
          assert.ok(
            src === '\r'
              ? n.text[i] === '\n'
              : src
                  .normalize('NFKC')
                  .replace('\u3000', ' ')
                  .includes(n.text[i] as string),
            `${JSON.stringify(raw)} @${i}`,
          );
        }
      },
    ),
    { numRuns: 300 },
  );
});
