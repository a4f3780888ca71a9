// The degradation fuzzer: reports gongkai renders, degraded the ways published reports are (test/report-degrade.ts),
// read back. Every cell must come back as it was, or be left blank with an honest PARSE finding on its row or table;
// no error may be raised on a report whose arithmetic is right; and without glued digits or a cut-off page, nothing
// may be left blank at all. This, not the corpus files, is what keeps the reader general.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DEGRADATIONS, truncate } from '../../../test/report-degrade.ts';
import type { Cell, FormatVersion, Report } from '../model.ts';
import { renderText, type TextShape } from '../render/text.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { checkTextReport } from './text.ts';

type Case = {
  seed: number;
  format: FormatVersion;
  max: number;
  shape: TextShape;
  ops: number[];
  cut: number | null;
  swap?: [number, number] | null;
};
const ORGS = ['commercial', 'research', 'social', 'legal', 'otherOrg'] as const;
const ORG_LABELS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

/** The report printed with two organisation columns in each other's place, header and cells alike. */
function swapped(truth: Report, shape: TextShape, [a, b]: [number, number]): string {
  const printed = structuredClone(truth);
  for (const row of Object.values(printed.tables.applications ?? {})) {
    const [x, y] = [ORGS[a] as (typeof ORGS)[number], ORGS[b] as (typeof ORGS)[number]];
    [row[x], row[y]] = [row[y], row[x]];
  }
  const header = ORG_LABELS.map((l, i) => (i === a ? ORG_LABELS[b] : i === b ? ORG_LABELS[a] : l));
  return renderText(printed, shape).replace(
    ORG_LABELS.join(shape === 'tab' ? '\t' : shape === 'pipe' ? ' | ' : shape === 'lines' ? '\n' : ''),
    header.join(shape === 'tab' ? '\t' : shape === 'pipe' ? ' | ' : shape === 'lines' ? '\n' : ''),
  );
}

const TABLES = ['proactive', 'applications', 'appeals'] as const;
const HONEST = /^PARSE\.(AMBIGUOUS_SPLIT|UNREADABLE_ROW|TRUNCATED|MISSING_TABLE|DROPPED_CELLS)$/;

function degraded(c: Case): { truth: Report; text: string } {
  const truth = sampleReport({ seed: c.seed, format: c.format, max: c.max, year: c.format === '2019' ? 2020 : 2023 });
  let text = c.swap && c.swap[0] !== c.swap[1] ? swapped(truth, c.shape, c.swap) : renderText(truth, c.shape);
  let state = c.seed;
  const pick = (n: number) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % n;
  };
  for (const op of c.ops) text = (DEGRADATIONS[op] as (typeof DEGRADATIONS)[number]).apply(text, pick);
  if (c.cut !== null) text = truncate(text, c.cut);
  return { truth, text };
}

/** Wrong cells (a value that is not the truth) and blank cells without a PARSE finding that owns up to them. */
function judge(truth: Report, back: Report): { wrong: string[]; silent: string[]; blank: number } {
  const wrong: string[] = [];
  const silent: string[] = [];
  let blank = 0;
  const owned = (table: string, row: string) =>
    back.findings.some(
      (f) => HONEST.test(f.rule) && f.table === table && (!f.row || f.row === row || f.rule === 'PARSE.TRUNCATED'),
    );
  for (const t of TABLES) {
    const want = truth.tables[t] as Record<string, Record<string, Cell> | null> | null;
    const got = back.tables[t] as Record<string, Record<string, Cell> | null> | null;
    for (const [row, cells] of Object.entries(want ?? {})) {
      for (const [col, v] of Object.entries(cells ?? {})) {
        const g = got?.[row]?.[col] ?? null;
        if (g === v) continue;
        if (g !== null) wrong.push(`${t}.${row}.${col}=${g} (want ${v})`);
        else {
          blank++;
          if (!owned(t, row) && !(got === null && owned(t, ''))) silent.push(`${t}.${row}.${col}`);
        }
      }
    }
  }
  return { wrong, silent, blank };
}

const caseArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  format: fc.constantFrom<FormatVersion>('2021', '2019'),
  max: fc.constantFrom(3, 9, 40, 400),
  shape: fc.constantFrom<TextShape>('tab', 'pipe', 'lines', 'glued'),
  ops: fc.array(fc.integer({ min: 0, max: DEGRADATIONS.length - 1 }), { maxLength: 4 }),
  cut: fc.option(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { freq: 4 }),
  swap: fc.option(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { freq: 3 }),
});

describe('degradation fuzzer: rendered reports, degraded, read back', () => {
  test('every cell is right or blank with a PARSE finding, and a consistent report raises no error', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { truth, text } = degraded(c);
        const back = checkTextReport(text, 'fuzz.txt');
        const { wrong, silent } = judge(truth, back);
        const label = `${c.shape} ${c.format} ops=[${c.ops.map((o) => DEGRADATIONS[o]?.name).join('; ')}] cut=${c.cut}`;
        assert.deepEqual(wrong, [], `wrong cells: ${label}`);
        assert.deepEqual(silent, [], `blank without a reason: ${label}`);
        const errors = back.findings
          .filter((f) => f.severity === 'error')
          .map((f) => `${f.rule} ${f.table ?? ''} ${f.row ?? ''} ${f.column ?? ''}`);
        assert.deepEqual(errors, [], `false alarms: ${label}`);
      }),
      { numRuns: 600, seed: 20261206 },
    );
  });

  test('separated cells that are not cut off read back whole, whatever else the text went through', () => {
    const gluing = (c: Case, o: number) =>
      /drop cell separators|glue digits|stray spaces/.test(DEGRADATIONS[o]?.name ?? '') ||
      (c.shape === 'lines' && /join lines/.test(DEGRADATIONS[o]?.name ?? '')); // one cell per line, joined: glued
    const separated = caseArb.filter((c) => c.shape !== 'glued' && c.cut === null && !c.ops.some((o) => gluing(c, o)));
    fc.assert(
      fc.property(separated, (c) => {
        const { truth, text } = degraded(c);
        const back = checkTextReport(text, 'fuzz.txt');
        assert.deepEqual(
          back.tables,
          truth.tables,
          `${c.shape} ${c.format} ops=[${c.ops.map((o) => DEGRADATIONS[o]?.name).join('; ')}]`,
        );
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
