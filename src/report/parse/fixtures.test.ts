import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkTextReport } from './text.ts';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/reports');

/** Every field the expected file gives must be there with the same value (key order is free). */
function assertSubset(actual: unknown, expected: unknown, at: string): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    assert.ok(
      actual !== null && typeof actual === 'object',
      `${at}: expected an object, got ${JSON.stringify(actual)}`,
    );
    for (const [k, v] of Object.entries(expected))
      assertSubset((actual as Record<string, unknown>)[k], v, `${at}.${k}`);
    return;
  }
  assert.deepEqual(actual, expected, at);
}

describe('published reports in the fixtures produce their expected JSON', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
    test(file, () => {
      const report = checkTextReport(readFileSync(path.join(DIR, file), 'utf8'), file);
      const expected = JSON.parse(readFileSync(path.join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'));
      const { findings: wanted, ...fields } = expected;
      assertSubset(report, fields, file);
      const rules = new Set(report.findings.map((f) => f.rule));
      for (const f of wanted as { rule: string; severity: string }[]) {
        assert.ok(rules.has(f.rule), `${file}: ${f.rule} should fire; got ${[...rules].join(', ')}`);
        assert.equal(report.findings.find((x) => x.rule === f.rule)?.severity, f.severity);
      }
      const listed = new Set((wanted as { rule: string }[]).map((f) => f.rule));
      const unlisted = report.findings.filter((f) => f.severity !== 'info' && !listed.has(f.rule));
      assert.deepEqual(unlisted, [], `${file}: no error or warning beyond the expected ones`);
    });
  }

  test('the reference report: a 乡 calling itself 我镇, the 2019 table format in a 2023 report, the dropped cells derived', () => {
    const report = checkTextReport(readFileSync(path.join(DIR, '000_d6e0e6ac438f5762.txt'), 'utf8'), 'ref.txt');
    assert.match(report.findings.find((f) => f.rule === 'IDENTITY.SELF_REFERENCE')?.message ?? '', /我镇/);
    const inferred = report.findings.filter((f) => f.rule === 'PARSE.INFERRED_CELL').map((f) => f.row);
    assert.deepEqual(inferred, ['disclosed', 'partiallyDisclosed', 'withheld.stateSecret']);
    assert.equal(report.tables.proactive?.procurement, null, '第二十条第（九）项 is absent, not zero');
  });
});
