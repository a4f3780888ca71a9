import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPdfParse } from './pdf-parse.ts';

const native = (f: unknown) =>
  typeof f === 'function' && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(f));

test('loading the PDF reader leaves the built-ins Node has native (its polyfills once replaced push and JSON.parse)', async () => {
  const before = { push: Array.prototype.push, parse: JSON.parse };
  const { PDFParse } = await loadPdfParse();
  assert.equal(typeof PDFParse, 'function');
  assert.equal(Array.prototype.push, before.push);
  assert.equal(JSON.parse, before.parse);
  assert.ok(native(Array.prototype.push) && native(JSON.parse));
  // What Node 20 lacks and pdf.js needs stays added.
  assert.equal(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers, 'function');
});
