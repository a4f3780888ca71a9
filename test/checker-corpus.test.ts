// The real-report corpus (test/fixtures/reports/real): the checker, run as `report check` runs it, scored the way
// shared/tools/score-reports.mjs scores it — every expected cell exact, every expected finding raised, no error of a
// rule the case does not expect — and the same reports degraded further, which must read to the same cells or say
// why a cell is blank.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkReportFiles } from '../src/report/check-files.ts';
import { checkTextReport } from '../src/report/parse/text.ts';
import { DEGRADATIONS } from './report-degrade.ts';
import { type Expected, scoreReport } from './report-score.ts';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/reports/real');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => {
    const id = f.replace('.expected.json', '');
    return {
      id,
      file: path.join(DIR, `${id}.txt`),
      expected: JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Expected,
    };
  });

describe('the real-report corpus, scored as score-reports.mjs scores it', () => {
  test('there are report cases and planted-error variants to score', () => {
    assert.ok(cases.length >= 11);
    assert.ok(cases.some((c) => c.expected._case?.base));
  });

  for (const c of cases) {
    test(`${c.id}: every cell, every expected finding, no false alarm`, async () => {
      const [result] = await checkReportFiles([c.file]);
      assert.ok(result && !result.error, result?.error);
      const s = scoreReport(c.expected, result.report);
      assert.deepEqual(s.wrong, [], 'cells');
      assert.deepEqual(s.missed, [], 'findings');
      assert.deepEqual(s.falseAlarms, [], 'false alarms');
      assert.deepEqual(s.narrative, [], 'narrative figures');
      assert.equal(result.report.format, c.expected.format);
      assert.equal(result.report.year, c.expected.year);
    });
  }
});

/** Degradations that keep every value: how the page is laid out, not what it says. */
const KEEPING = DEGRADATIONS.filter((d) =>
  /join lines|brackets|corner quotes|full-width|split over lines|drop row numbering/.test(d.name),
);
const HONEST = /^PARSE\.(AMBIGUOUS_SPLIT|UNREADABLE_ROW|TRUNCATED|MISSING_TABLE|DROPPED_CELLS)$/;

describe('the corpus degraded further reads to the same cells, or says why a cell is blank', () => {
  for (const c of cases.filter((x) => !x.expected._case?.base)) {
    test(c.id, () => {
      const raw = readFileSync(c.file, 'utf8');
      for (let mask = 1; mask < 1 << KEEPING.length; mask += 7) {
        const ops = KEEPING.filter((_, i) => mask & (1 << i));
        let state = mask;
        const pick = (n: number) => {
          state = (state * 1103515245 + 12345) >>> 0;
          return state % n;
        };
        const text = ops.reduce((t, d) => d.apply(t, pick), raw);
        const report = checkTextReport(text, `${c.id}.txt`);
        const s = scoreReport(c.expected, report);
        const label = ops.map((d) => d.name).join('; ');
        for (const w of s.wrong) {
          const [table, ...rest] = w.split('=')[0]?.split('.') ?? [];
          const row = rest.slice(0, -1).join('.');
          assert.ok(
            w.includes('=null') &&
              report.findings.some((f) => HONEST.test(f.rule) && f.table === table && (!f.row || f.row === row)),
            `${label}: ${w}`,
          );
        }
        assert.deepEqual(s.falseAlarms, [], `${label}: false alarms`);
      }
    });
  }
});
